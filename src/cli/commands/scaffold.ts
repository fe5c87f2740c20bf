import { emptyPlan, type Plan } from '../../domain/plan';
import { parsePeriod } from '../../domain/period';
import { parsedToPlan } from '../../domain/parse/toPlan';
import { readDocumentFile } from './parse';
import { normalizeText } from '../../domain/text';
import { UserError } from '../../domain/userError';
import { scaffold } from '../../app/scaffold';
import { FileWorkbook } from '../../hosts/xlsx/fileWorkbook';
import { parseCommandArgs, requireOption } from '../args';
import { inMemory, madeFile } from '../files';
import { writeOutput } from '../output';
import type { CommandResult } from './result';

export const SCAFFOLD_USAGE = 'unionplan scaffold --period 2026|2025-2026|2025-2030 --org "<tên đơn vị>" [--parent "<đơn vị cấp trên>"] -o plan.xlsx [--force]\n  unionplan scaffold --from kế-hoạch.docx [--org "<tên đơn vị>"] [--parent "…"] -o plan.xlsx [--force]';

const PERIOD_HELP = {
  vi: 'Kỳ kế hoạch phải là 2026 (năm), 2025-2026 (năm học) hoặc 2025-2030 (nhiệm kỳ 5 năm).',
  en: 'The period must be 2026 (year), 2025-2026 (school year) or 2025-2030 (5-year term).',
};

export async function scaffoldCommand(args: string[]): Promise<CommandResult> {
  const { values } = parseCommandArgs(args, {
    period: { type: 'string' },
    org: { type: 'string' },
    parent: { type: 'string' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    from: { type: 'string' },
  }, 'scaffold');
  const out = requireOption(values.output, '-o', 'scaffold');
  const parent = normalizeText(typeof values.parent === 'string' ? values.parent : '');
  let plan: Plan;
  let note = { vi: '', en: '' };
  if (typeof values.from === 'string') {
    // From an existing plan document: its period and unit unless the user says otherwise.
    // A period the user gives also places the document's day/month dates ("20/11", "8/3").
    const period = typeof values.period === 'string' ? periodOrThrow(values.period) : undefined;
    const parsed = await readDocumentFile(values.from, { period });
    if (!parsed.info.period) throw new UserError('period-missing', 'Văn bản không ghi kỳ kế hoạch: hãy thêm --period 2026|2025-2026|2025-2030.', 'The document does not state its period: add --period 2026|2025-2026|2025-2030.', { file: values.from });
    const org = typeof values.org === 'string' ? normalizeText(values.org) : '';
    plan = parsedToPlan(parsed, { issuingBody: org, superiorBody: parent });
    if (!plan.info.issuingBody) throw new UserError('usage', 'Văn bản không ghi tên đơn vị ban hành: hãy thêm --org "<tên đơn vị>".', 'The document does not name the issuing unit: add --org "<unit name>".');
    note = {
      vi: `\nĐã đọc ${plan.targets.length} chỉ tiêu, ${plan.tasks.length} nhiệm vụ${parsed.warnings.length ? `, ${parsed.warnings.length} cảnh báo (xem: unionplan parse ${values.from})` : ''}. Hãy rà soát lại trong các trang tính.`,
      en: `\nRead ${plan.targets.length} targets, ${plan.tasks.length} tasks${parsed.warnings.length ? `, ${parsed.warnings.length} warnings (see: unionplan parse ${values.from})` : ''}. Review them in the sheets.`,
    };
  } else {
    const period = periodOrThrow(requireOption(values.period, '--period', 'scaffold'));
    plan = emptyPlan(normalizeText(requireOption(values.org, '--org', 'scaffold')), parent, period);
  }
  const made = await scaffold(new FileWorkbook({}, inMemory(out)), plan, { replace: values.force === true });
  const full = writeOutput(out, madeFile(made).data, values.force === true);
  return { vi: `Đã tạo bảng kế hoạch: ${full}${note.vi}`, en: `Plan workbook written: ${full}${note.en}` };
}

function periodOrThrow(text: string) {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new UserError('period-invalid', `"${text}": ${PERIOD_HELP.vi}`, `"${text}": ${PERIOD_HELP.en}`);
  return parsed.period;
}
