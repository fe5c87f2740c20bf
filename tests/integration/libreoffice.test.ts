import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoSchoolPlan, demoWardPlan } from '../../src/demo/demoPlan';
import { parsePeriod } from '../../src/domain/period';
import type { Plan } from '../../src/domain/plan';
import { placeDateLine } from '../../src/domain/vietnameseDate';
import { writeWorkbook } from '../../src/hosts/xlsx/writeWorkbook';
import { calendarMarks, MARK } from '../../src/sheets/calendarSheet';
import { PLAN_SHEETS, SHEET } from '../../src/sheets/names';
import { planWorkbook } from '../../src/sheets/planWorkbook';
import { FIRST_DATA_ROW } from '../../src/sheets/tableLayout';
import { targetSummary } from '../../src/sheets/targetsSheet';
import { printToPdf, recalculatedSheets } from '../support/libreoffice';

/**
 * The formulas unionplan writes are proven in a real engine: LibreOffice recalculates the .xlsx and
 * what it shows must equal what the TypeScript domain computes, with no error anywhere.
 */
jest.setTimeout(300_000);

const ERROR = /^(#NAME\?|#REF!|#VALUE!|#DIV\/0!|#N\/A|#NUM!|#NULL!|Err:\d+)$/;

function termPlan(): Plan {
  const p = parsePeriod('2025-2030');
  if (!p.ok) throw new Error();
  const plan = demoWardPlan();
  plan.info = { ...plan.info, period: p.period, date: '2025-11-20' };
  plan.tasks = [
    { ...plan.tasks[0] },
    { ...plan.tasks[2], start: '2026-10', end: '2028-02' },
    { ...plan.tasks[3], start: '2029-06', end: null },
  ];
  return plan;
}

function edgePlan(): Plan {
  const plan = demoSchoolPlan();
  plan.tasks.push(
    { ...plan.tasks[0], content: 'Nhiệm vụ qua năm mới', start: '2025-11', end: '2026-02', frequency: 'scheduled' },
    { ...plan.tasks[0], content: 'Nhiệm vụ ghi ngược tháng', start: '2026-05', end: '2026-02', frequency: 'scheduled' },
    { ...plan.tasks[0], content: 'Nhiệm vụ bắt đầu trước kỳ', start: '2025-06', end: '2025-10', frequency: 'scheduled' },
    { ...plan.tasks[0], content: '=1+1 là văn bản, không phải công thức', start: null, end: null, frequency: 'adhoc' },
  );
  return plan;
}

const plans: Record<string, Plan> = { ward: demoWardPlan(), school: edgePlan(), term: termPlan() };
const dir = mkdtempSync(join(tmpdir(), 'unionplan-int-'));
const files: Record<string, string> = {};
let sheets: Map<string, Map<string, string[][]>>;

beforeAll(async () => {
  for (const [name, plan] of Object.entries(plans)) {
    files[name] = join(dir, `${name}.xlsx`);
    writeFileSync(files[name], await writeWorkbook(planWorkbook(plan)));
  }
  sheets = recalculatedSheets(Object.values(files));
});

const sheetOf = (plan: string, sheet: string) => {
  const s = sheets.get(files[plan])?.get(sheet);
  if (!s) throw new Error(`LibreOffice did not export ${plan}/${sheet}`);
  return s;
};

describe.each(Object.keys(plans))('%s plan recalculated by LibreOffice', (name) => {
  const plan = plans[name];

  it('has the plan sheets and no cell that evaluates to an error', () => {
    expect([...sheets.get(files[name])!.keys()].sort()).toEqual([...PLAN_SHEETS].sort());
    for (const [sheet, rows] of sheets.get(files[name])!) {
      rows.forEach((line, r) => line.forEach((v, c) => {
        if (ERROR.test(v)) throw new Error(`${sheet} row ${r + 1} col ${c + 1}: ${v}`);
      }));
    }
  });

  it('marks the calendar exactly as the domain does', () => {
    const grid = sheetOf(name, SHEET.calendar);
    const expected = calendarMarks(plan.tasks, plan.info.period);
    plan.tasks.forEach((t, i) => {
      const line = grid[FIRST_DATA_ROW + i];
      expect(line[1]).toBe(t.content);
      expect(line.slice(3).map((v) => v === MARK)).toEqual(expected[i]);
    });
    // Spare rows below the tasks stay blank.
    expect(grid[FIRST_DATA_ROW + plan.tasks.length].slice(0, 4)).toEqual(['', '', '', '']);
  });

  it('computes the official date line and the target summaries', () => {
    const info = sheetOf(name, SHEET.info);
    expect(info.find((l) => l[0] === 'Dòng địa danh, ngày tháng')?.[1]).toBe(placeDateLine(plan.info.place, plan.info.date));
    const targets = sheetOf(name, SHEET.targets);
    const col = targets[FIRST_DATA_ROW - 1].indexOf('Diễn giải');
    plan.targets.forEach((t, i) => expect(targets[FIRST_DATA_ROW + i][col]).toBe(targetSummary(t)));
  });

  it('numbers the tasks', () => {
    const tasks = sheetOf(name, SHEET.tasks);
    expect(plan.tasks.map((_t, i) => tasks[FIRST_DATA_ROW + i][0])).toEqual(plan.tasks.map((_t, i) => String(i + 1)));
  });
});

describe('printing', () => {
  it('prints the demo plan on A4: portrait info and days, each wide sheet on one landscape page, a page per month', () => {
    const { pages, text } = printToPdf(files.ward);
    const [P, L] = [[595, 842], [842, 595]];
    expect(pages.map((p) => [Math.round(p.width), Math.round(p.height)])).toEqual([P, L, L, P, L, L, ...Array(12).fill(P)]);
    expect(text[0]).toContain('THÔNG TIN KẾ HOẠCH');
    expect(text[1]).toContain('CHỈ TIÊU KẾ HOẠCH NĂM 2026');
    expect(text[2]).toContain('NHIỆM VỤ, GIẢI PHÁP NĂM 2026');
    expect(text[3]).toContain('NGÀY LỄ, NGÀY KỶ NIỆM TRONG NĂM');
    expect(text[4]).toContain('DANH SÁCH ĐƠN VỊ BÁO CÁO');
    expect(text[5]).toContain('LỊCH CÔNG TÁC NĂM 2026');
    text.slice(6).forEach((t, i) => expect(t).toContain(`LỊCH CÔNG TÁC THÁNG ${i + 1}/2026`));
    text.forEach((t, i) => expect(t).toContain(`Trang ${i + 1}/${text.length}`));
  });
});
