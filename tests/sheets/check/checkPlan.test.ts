import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoSchoolPlan, demoWardPlan } from '../../../src/demo/demoPlan';
import { parsePlanText } from '../../../src/domain/parse/parsePlanText';
import { parsedToPlan } from '../../../src/domain/parse/toPlan';
import { labelOf } from '../../../src/domain/choice';
import { monthToSerial } from '../../../src/domain/excelDate';
import { AGGREGATION_RULES } from '../../../src/domain/target';
import { cellA1 } from '../../../src/sheets/a1';
import { checkPlan } from '../../../src/sheets/check/checkPlan';
import { RULES, type RuleCode } from '../../../src/domain/validation/rules';
import { COMMEMORATION_COLUMNS } from '../../../src/sheets/commemorationsSheet';
import { infoRowOf } from '../../../src/sheets/infoSheet';
import { SHEET } from '../../../src/sheets/names';
import { planWorkbook } from '../../../src/sheets/planWorkbook';
import type { CellValue } from '../../../src/sheets/spec';
import { FIRST_DATA_ROW, HEADER_ROW, columnIndexOf } from '../../../src/sheets/tableLayout';
import { TARGET_COLUMNS } from '../../../src/sheets/targetsSheet';
import { taskColumn } from '../../../src/sheets/tasksSheet';
import { specValues } from '../../support/specValues';
import { ROUND_COLUMNS, ROUND_FIRST_COL } from '../../../src/sheets/unitsSheet';
import { isoToSerial } from '../../../src/domain/excelDate';

type Values = Map<string, CellValue[][]>;
const fresh = (): Values => new Map([...specValues(planWorkbook(demoWardPlan()))].map(([k, v]) => [k, v.map((l) => l.slice())]));

function set(values: Values, sheet: string, row: number, col: number, v: CellValue): string {
  const grid = values.get(sheet)!;
  while (grid.length <= row) grid.push(Array(grid[0].length).fill(null));
  grid[row][col] = v;
  return cellA1({ row, col });
}
const target = (i: number, key: string, v: CellValue) => (m: Values) => set(m, SHEET.targets, FIRST_DATA_ROW + i, columnIndexOf(TARGET_COLUMNS, key), v);
const task = (i: number, key: string, v: CellValue) => (m: Values) => set(m, SHEET.tasks, FIRST_DATA_ROW + i, taskColumn(key), v);
const info = (field: Parameters<typeof infoRowOf>[0], v: CellValue) => (m: Values) => set(m, SHEET.info, infoRowOf(field), 1, v);
const day = (i: number, key: string, v: CellValue) => (m: Values) => set(m, SHEET.commemorations, FIRST_DATA_ROW + i, columnIndexOf(COMMEMORATION_COLUMNS, key), v);
const round = (i: number, key: string, v: CellValue) => (m: Values) => set(m, SHEET.units, FIRST_DATA_ROW + i, ROUND_FIRST_COL + columnIndexOf(ROUND_COLUMNS, key), v);
/** Several edits; the finding is expected at the last one's cell. */
const all = (...edits: ((m: Values) => string)[]) => (m: Values) => edits.map((e) => e(m)).at(-1)!;
const unitShare = labelOf(AGGREGATION_RULES, 'unit-share');
/** The first free row of the ward demo's task table. */
const newTask = demoWardPlan().tasks.length;

// Each rule, with an edit of the clean demo plan that makes it fire at the cell the edit returns.
const CASES: [RuleCode, (m: Values) => string][] = [
  ['sheet-missing', (m) => { m.delete(SHEET.targets); return ''; }],
  ['table-header-missing', (m) => { m.get(SHEET.tasks)![HEADER_ROW] = m.get(SHEET.tasks)![HEADER_ROW].map(() => 'Cột'); return ''; }],
  ['required-empty', target(0, 'text', null)],
  ['cell-unreadable', target(0, 'value', 'một trăm')],
  ['value-out-of-range', day(0, 'month', 13)],
  ['date-invalid', info('date', '31/02/2026')],
  ['date-impossible', all(day(1, 'month', 2), day(1, 'day', 30))],
  ['period-unreadable', info('period', 'năm sau')],
  ['number-as-text', target(0, 'value', '120')],
  ['number-separator-ambiguous', target(0, 'value', '1.200')],
  ['percent-as-fraction', target(3, 'value', 0.95)],
  ['percent-over-100', target(3, 'value', 110)],
  ['negative-number', target(1, 'value', -3)],
  ['value-over-base', target(6, 'value', 5)],
  ['base-zero', target(1, 'base', 0)],
  ['target-code-duplicate', target(1, 'code', 'ct01')],
  ['unit-share-not-percent', all(target(1, 'rule', unitShare), target(1, 'kind', 'Số lượng'))],
  ['unit-share-not-units', all(target(3, 'rule', unitShare), target(3, 'unit', 'đoàn viên'))],
  ['task-end-before-start', all(task(2, 'start', monthToSerial('2026-06')), task(2, 'end', monthToSerial('2026-03')))],
  ['task-outside-period', task(2, 'start', monthToSerial('2025-05'))],
  ['task-no-timing', all(task(newTask, 'content', 'Rà soát danh sách đoàn viên'), task(newTask, 'timing', null))],
  ['anniversary-count', all(task(newTask, 'start', monthToSerial('2026-02')), task(newTask, 'content', 'Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2026)'))],
  ['anniversary-year', all(task(newTask, 'start', monthToSerial('2026-02')), task(newTask, 'content', 'Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2025)'))],
  ['text-date-impossible', all(task(newTask, 'start', monthToSerial('2026-05')), task(newTask, 'content', 'Triển khai công văn ngày 0/5/2026 của LĐLĐ'))],
  ['text-year-impossible', all(task(newTask, 'start', monthToSerial('2026-05')), task(newTask, 'timing', 'tháng 5/20226'))],
  ['info-number-format', info('number', 'KH số 12')],
  ['info-signer-missing', info('signerName', null)],
  ['info-issuer-missing', info('issuingBody', null)],
  ['text-nfd', target(0, 'text', 'Phát triển đoàn viên mới'.normalize('NFD'))],
  ['text-eth', target(0, 'group', 'Tổ chức, Ðoàn viên')],
  ['text-legacy-encoding', task(0, 'responsible', 'Ban Tuyªn gi¸o C«ng ®oµn')],
  ['text-spaces', target(0, 'code', ' CT01 ')],
  ['text-invisible', target(0, 'code', 'CT\u200B01')],
  ['round-code-duplicate', round(1, 'code', '6t')],
  ['round-code-invalid', round(1, 'code', 'Cả năm/2026')],
  ['round-outside-period', round(1, 'cutOff', isoToSerial('2027-01-15'))],
  ['round-order', round(1, 'cutOff', isoToSerial('2026-03-31'))],
  ['unit-code-duplicate', (m) => set(m, SHEET.units, FIRST_DATA_ROW + 1, 0, demoWardPlan().units[0].code.toLowerCase())],
];

describe('checkPlan', () => {
  it.each([['ward', demoWardPlan()], ['school', demoSchoolPlan()]])('is silent on the clean %s demo plan', (_n, plan) => {
    expect(checkPlan(specValues(planWorkbook(plan)))).toEqual([]);
  });

  it('has a firing case for every rule it knows', () => {
    // Report rules are proven where reports are consolidated (tests/domain/report).
    expect(CASES.map(([code]) => code).sort()).toEqual(Object.keys(RULES).filter((c) => !c.startsWith('report-') && !c.startsWith('summary-') && !['sheet-incomplete', 'sheet-retired'].includes(c)).sort());
  });

  it.each(CASES)('%s fires at the cell at fault, in Vietnamese and English', (code, edit) => {
    const values = fresh();
    const cell = edit(values);
    const hits = checkPlan(values).filter((f) => f.code === code);
    expect(hits.map((f) => f.cell)).toContain(cell);
    for (const f of hits) {
      expect(f.vi.length).toBeGreaterThan(10);
      expect(f.en.length).toBeGreaterThan(10);
      expect(f.vi).not.toEqual(f.en);
    }
    if (code !== 'base-zero') expect(hits[0].severity).toBe(RULES[code].severity);
  });

  it('lists findings in reading order and each once', () => {
    const values = fresh();
    task(2, 'start', monthToSerial('2025-05'))(values);
    target(1, 'code', 'ct01')(values);
    info('signerName', null)(values);
    const found = checkPlan(values).map((f) => `${f.sheet}!${f.cell}`);
    expect(found).toEqual([`${SHEET.info}!B${infoRowOf('signerName') + 1}`, `${SHEET.targets}!A6`, `${SHEET.tasks}!${cellA1({ row: FIRST_DATA_ROW + 2, col: taskColumn('start') })}`]);
  });

  it('reads a month outside the period in the timing words too', () => {
    const values = fresh();
    const cell = task(2, 'timing', 'trong tháng 5 năm 2025')(values);
    expect(checkPlan(values).filter((f) => f.code === 'task-outside-period').map((f) => f.cell)).toEqual([cell]);
  });

  it('holds an anniversary count without years in brackets to the commemoration\'s founding year', () => {
    const values = fresh();
    // 1929 + 97 = 2026: "96 năm" in July 2026 is a year short; "97 năm" is right.
    const cell = all(task(newTask, 'start', monthToSerial('2026-07')), task(newTask, 'content', 'Kỷ niệm 96 năm Ngày thành lập Công đoàn Việt Nam'))(values);
    expect(checkPlan(values).filter((f) => f.code === 'anniversary-count').map((f) => f.cell)).toEqual([cell]);
    const right = fresh();
    all(task(newTask, 'start', monthToSerial('2026-07')), task(newTask, 'content', 'Kỷ niệm 97 năm Ngày thành lập Công đoàn Việt Nam'))(right);
    expect(checkPlan(right).filter((f) => f.code === 'anniversary-count')).toEqual([]);
  });

  it('finds the real mistake of the seed school plan once it is imported: last year\'s anniversary line', () => {
    const parsed = parsePlanText(readFileSync(join(__dirname, '../../../../shared/samples/ke-hoach-cdcs-truong-hoc-2023-2024.txt'), 'utf8'));
    const plan = parsedToPlan(parsed, { issuingBody: 'CĐCS Trường' });
    const found = checkPlan(specValues(planWorkbook(plan))).filter((f) => f.code === 'anniversary-year');
    expect(found).toHaveLength(1);
    expect(found[0].vi).toContain('2023');
    expect(found[0].vi).toContain('2024');
  });

  it('treats a zero base as N/A quietly where the target says "nếu có"', () => {
    const values = fresh();
    target(1, 'base', 0)(values);
    target(1, 'note', 'Chỉ tính nếu có doanh nghiệp đủ điều kiện')(values);
    expect(checkPlan(values).find((f) => f.code === 'base-zero')?.severity).toBe('info');
  });
});
