import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Answer } from './forms';

/**
 * Fills unionplan report forms with openpyxl, the way a member's own Python script or a tool built on
 * it would: open the form, type into the Kết quả / Tổng số / Không áp dụng cells, save. openpyxl writes
 * absolute relationship targets and inline strings, unlike Excel and ExcelJS.
 */
const PYTHON = '/usr/bin/python3';

const SCRIPT = `
import json, sys, openpyxl
jobs = json.loads(sys.argv[1])
for job in jobs:
    wb = openpyxl.load_workbook(job['form'])
    ws = wb[job['sheet']]
    header = next(r for r in range(1, 40) if ws.cell(r, 1).value == 'Mã')
    col = {ws.cell(header, c).value: c for c in range(1, ws.max_column + 1)}
    for r in range(header + 1, ws.max_row + 1):
        a = job['answers'].get(ws.cell(r, col['Mã']).value)
        if a is None:
            continue
        ws.cell(r, col['Kết quả']).value = a.get('result')
        if 'base' in a:
            ws.cell(r, col['Tổng số']).value = a['base']
        if a.get('na'):
            ws.cell(r, col['Không áp dụng']).value = 'Có'
    wb.save(job['out'])
`;

export function fillWithOpenpyxl(jobs: { form: string; sheet: string; answers: Record<string, Answer>; out: string }[]): void {
  if (!existsSync(PYTHON)) throw new Error('python3 is not installed: run `apt-get install -y python3-openpyxl` (bash .ci/run does).');
  try {
    execFileSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'pipe' });
  } catch {
    throw new Error('openpyxl is not installed for /usr/bin/python3: run `apt-get install -y python3-openpyxl` (bash .ci/run does).');
  }
  execFileSync(PYTHON, ['-c', SCRIPT, JSON.stringify(jobs)], { stdio: 'pipe', timeout: 120_000 });
}
