import { emptyPlan, type Plan } from '../../domain/plan';
import { parsePeriod } from '../../domain/period';
import { parsedToPlan, planTaskCount } from '../../domain/parse/toPlan';
import { readDocumentFile } from './parse';
import { normalizeText } from '../../domain/text';
import { UserError } from '../../domain/userError';
import { scaffold } from '../../app/scaffold';
import { FileWorkbook } from '../../hosts/xlsx/fileWorkbook';
import { parseCommandArgs, requireOption } from '../args';
import { inMemory, madeFile } from '../files';
import { checkRunPaths, writeOutput } from '../output';
import type { CommandResult } from './result';

export const SCAFFOLD_USAGE = 'unionplan scaffold --period 2026|2025-2026|2025-2030|2026-11|2026-Q2|2026-H1|2026-04..2026-05 --org "<tên đơn vị>" [--parent "<đơn vị cấp trên>"] -o plan.xlsx [--force]\n  unionplan scaffold --from kế-hoạch.docx [--org "<tên đơn vị>"] [--parent "…"] -o plan.xlsx [--force]';

const PERIOD_HELP = {
  vi: 'Kỳ kế hoạch phải là 2026 (năm), 2025-2026 (năm học), 2025-2030 (nhiệm kỳ 5 năm), 2026-11 (tháng), 2026-Q2 (quý), 2026-H1 (6 tháng đầu năm) hoặc 2026-04..2026-05 (đợt, từ tháng đến tháng).',
  en: 'The period must be 2026 (year), 2025-2026 (school year), 2025-2030 (5-year term), 2026-11 (month), 2026-Q2 (quarter), 2026-H1 (first half-year) or 2026-04..2026-05 (a campaign, month to month).',
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
  const force = values.force === true;
  checkRunPaths({ inputs: typeof values.from === 'string' ? [{ flag: '--from', path: values.from }] : [], outputs: [{ flag: '-o', path: out, kind: 'xlsx' }], force });
  const parent = normalizeText(typeof values.parent === 'string' ? values.parent : '');
  let plan: Plan;
  let note = { vi: '', en: '' };
  if (typeof values.from === 'string') {
    // From an existing plan document: its period and unit unless the user says otherwise.
    // A period the user gives also places the document's day/month dates ("20/11", "8/3").
    const period = typeof values.period === 'string' ? periodOrThrow(values.period) : undefined;
    const parsed = await readDocumentFile(values.from, { period });
    if (!parsed.info.period) throw new UserError('period-missing', 'Văn bản không ghi kỳ kế hoạch: hãy thêm --period 2026|2025-2026|2025-2030|2026-11|2026-Q2|2026-H1|2026-04..2026-05.', 'The document does not state its period: add --period 2026|2025-2026|2025-2030|2026-11|2026-Q2|2026-H1|2026-04..2026-05.', { file: values.from });
    const org = typeof values.org === 'string' ? normalizeText(values.org) : '';
    plan = parsedToPlan(parsed, { issuingBody: org, superiorBody: parent });
    if (!plan.info.issuingBody) {
      throw new UserError('usage',
        'Không tìm thấy tên đơn vị ban hành: đã tìm ở phần đầu văn bản (dòng tên cơ quan cạnh quốc hiệu), tên văn bản ("Kế hoạch hoạt động Công đoàn …"), câu mở đầu ("Ban Chấp hành Công đoàn … xây dựng kế hoạch …") và phần chữ ký. Hãy thêm --org "<tên đơn vị>".',
        'No issuing unit found: looked in the header (the body name beside the national motto), the title, the opening sentence ("… xây dựng kế hoạch …") and the signature. Add --org "<unit name>".', { file: values.from });
    }
    const count = planTaskCount(parsed);
    const from = !org && parsed.info.issuingBodyFrom ? { header: ['phần đầu văn bản', 'the header'], title: ['tên văn bản', 'the title'], opening: ['câu mở đầu', 'the opening sentence'], signature: ['phần chữ ký', 'the signature'] }[parsed.info.issuingBodyFrom] : null;
    const schedule = count.fromSchedule ? { vi: ` (${count.tasks} nhiệm vụ + ${count.fromSchedule} việc của lịch tháng)`, en: ` (${count.tasks} tasks + ${count.fromSchedule} schedule items)` } : { vi: '', en: '' };
    note = {
      vi: `\n${from ? `Đơn vị ban hành: ${plan.info.issuingBody} (đọc từ ${from[0]}).\n` : ''}Đã đọc ${plan.targets.length} chỉ tiêu, ${plan.tasks.length} nhiệm vụ${schedule.vi}${parsed.warnings.length ? `, ${parsed.warnings.length} cảnh báo` : ''} (xem: unionplan parse ${values.from}). Hãy rà soát lại trong các trang tính.`,
      en: `\n${from ? `Issuing body: ${plan.info.issuingBody} (read from ${from[1]}).\n` : ''}Read ${plan.targets.length} targets, ${plan.tasks.length} tasks${schedule.en}${parsed.warnings.length ? `, ${parsed.warnings.length} warnings` : ''} (see: unionplan parse ${values.from}). Review them in the sheets.`,
    };
  } else {
    const period = periodOrThrow(requireOption(values.period, '--period', 'scaffold'));
    plan = emptyPlan(normalizeText(requireOption(values.org, '--org', 'scaffold')), parent, period);
  }
  const made = await scaffold(new FileWorkbook({}, inMemory(out)), plan, { replace: force });
  const full = writeOutput(out, madeFile(made).data, force);
  return { vi: `Đã tạo bảng kế hoạch: ${full}${note.vi}`, en: `Plan workbook written: ${full}${note.en}` };
}

function periodOrThrow(text: string) {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new UserError('period-invalid', `"${text}": ${PERIOD_HELP.vi}`, `"${text}": ${PERIOD_HELP.en}`);
  return parsed.period;
}
