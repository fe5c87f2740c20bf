import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../../domain/userError';
import { writeWorkbook } from '../../hosts/xlsx/writeWorkbook';
import { formFileName, reportFormWorkbook } from '../../sheets/reportForm';
import { parseCommandArgs, requireOption } from '../args';
import { checkRunPaths, writeOutputs } from '../output';
import { readWorkbookFile } from '../planFile';
import { usablePlan } from '../../sheets/read/usablePlan';
import type { CommandResult } from './result';

export const FORMS_USAGE = 'unionplan forms --plan plan.xlsx -o thu-muc/ [--force]';

/** One report form per unit of `Đơn vị`, named by the unit's code, ready to send. */
export async function formsCommand(args: string[]): Promise<CommandResult> {
  const { values } = parseCommandArgs(args, { plan: { type: 'string' }, output: { type: 'string', short: 'o' }, force: { type: 'boolean' } }, 'forms');
  const planPath = requireOption(values.plan, '--plan', 'forms');
  const dir = resolve(requireOption(values.output, '-o', 'forms'));
  const plan = usablePlan(await readWorkbookFile(planPath), planPath);
  const names = plan.units.map((u) => formFileName(u.code));
  // Codes that differ only by accents, symbols or letter case would write the same file: refuse before writing any.
  const clash = names.find((n, i) => names.findIndex((m) => m.toLowerCase() === n.toLowerCase()) !== i);
  if (clash) throw new UserError('form-name-clash', `Hai mã đơn vị cho cùng tên tệp "${clash}": hãy sửa mã trong trang Đơn vị.`, `Two unit codes give the same file name "${clash}": fix the codes in Đơn vị.`, { file: planPath });
  const force = values.force === true;
  const existing = force ? [] : names.filter((n) => existsSync(join(dir, n)));
  if (existing.length) throw new UserError('output-exists', `Thư mục đã có ${existing.length} mẫu (${existing.slice(0, 3).join(', ')}…): thêm --force để ghi đè.`, `The folder already has ${existing.length} forms: add --force to replace them.`, { file: dir });
  checkRunPaths({ inputs: [{ flag: '--plan', path: planPath }], outputs: names.map((n) => ({ flag: '-o', path: join(dir, n), kind: 'xlsx' })), force: true });
  const files = [];
  for (const [i, u] of plan.units.entries()) files.push({ path: join(dir, names[i]), data: await writeWorkbook(reportFormWorkbook(plan, u)) });
  writeOutputs(files, true);
  return {
    vi: `Đã tạo ${plan.units.length} mẫu báo cáo trong ${dir} (mỗi đơn vị một tệp, ${plan.targets.length} chỉ tiêu).`,
    en: `Wrote ${plan.units.length} report forms to ${dir} (one file per unit, ${plan.targets.length} targets).`,
  };
}
