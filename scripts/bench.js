#!/usr/bin/env node
// `npm run bench [-- --json]`: speed and round-trip figures, kept out of the unit tests. Uses the
// compiled core (lib/ for the CLI, out/bench/ for the Excel host against the strict fake).
'use strict';
const { mkdtempSync, readFileSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const lib = (p) => require(join(__dirname, '..', 'lib', p));
const bench = (p) => require(join(__dirname, '..', 'out', 'bench', p));
const { parsePlanText } = lib('domain/parse/parsePlanText');
const { planWorkbook } = lib('sheets/planWorkbook');
const { writeWorkbook } = lib('hosts/xlsx/writeWorkbook');
const { demoWardPlan } = lib('demo/demoPlan');
const { monthSchedule } = lib('domain/calendar/monthSchedule');
const { parsePeriod } = lib('domain/period');
const { consolidate } = lib('domain/report/consolidate');
const { reportFormWorkbook } = lib('sheets/reportForm');
const { memberFiles } = lib('cli/commands/consolidate');
const { readMemberFiles } = lib('files/readMemberFile');

/** Best of `runs` after `warmup` unmeasured runs: the steady state, once the JIT has compiled the code. */
function time(fn, runs = 5, warmup = 0) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return Math.min(...times);
}

/** A plan with `targets` targets of every rule, and `units` member units. */
function bigPlan(targets, units) {
  const plan = demoWardPlan();
  const rules = ['sum', 'ratio', 'unit-share', 'unit-count'];
  plan.targets = Array.from({ length: targets }, (_, k) => {
    const rule = rules[k % 4];
    return {
      code: `CT${String(k + 1).padStart(2, '0')}`, group: '', text: `Chỉ tiêu số ${k + 1} của kế hoạch năm`, comparator: rule === 'unit-count' ? '<=' : '>=',
      value: rule === 'sum' ? 100 : rule === 'unit-count' ? 0 : 90, kind: rule === 'ratio' || rule === 'unit-share' ? 'percent' : 'count',
      unit: rule === 'unit-share' || rule === 'unit-count' ? 'CĐCS' : 'đoàn viên', base: null, rule, lowerIsBetter: rule === 'unit-count', note: '',
    };
  });
  plan.units = Array.from({ length: units }, (_, i) => ({ code: `U${i + 1}`, name: `CĐCS số ${i + 1}`, type: '', parent: '', contact: '' }));
  return plan;
}

function answers(plan, u) {
  return Object.fromEntries(plan.targets.map((t, k) => {
    const x = (u * 13 + k * 5) % 17;
    if (t.rule === 'ratio') return [t.code, { result: x, base: x + (u % 4) }];
    if (t.rule === 'unit-share') return [t.code, { result: x % 2 }];
    if (t.rule === 'unit-count') return [t.code, { result: u % 9 === 0 ? 1 : 0 }];
    return [t.code, { result: x }];
  }));
}

const report = (plan, u) => ({
  unitCode: plan.units[u].code, unitName: plan.units[u].name, periodCode: '2026', source: { file: null, sheet: '' }, unitAt: '',
  lines: Object.entries(answers(plan, u)).map(([code, a]) => ({ code, result: a.result, base: a.base ?? null, na: false, note: '', at: '' })),
});

/** `roundCode`: a round's forms ("BC U1 6T", table BaoCao_6T_1) consolidated as that round, Tiến độ included. */
async function excelConsolidation(n, roundCode) {
  const { FakeContext } = bench('tests/support/excelFake');
  const { formSheetState } = bench('tests/support/formSheets');
  const { applyWorkbookSpec } = bench('src/hosts/excel/writeWorkbookSpec');
  const { consolidate: consolidateAction } = bench('src/app/consolidate');
  const { ExcelWorkbook } = bench('src/hosts/excel/excelWorkbook');
  const { ALL_CAPABILITIES } = bench('src/hosts/excel/capabilities');
  const plan = bigPlan(40, n);
  const fake = new FakeContext();
  await applyWorkbookSpec(fake, bench('src/sheets/planWorkbook').planWorkbook(plan), { caps: ALL_CAPABILITIES, replace: false });
  const round = roundCode ? plan.rounds.find((r) => r.code === roundCode) : undefined;
  const suffix = round ? ` ${round.code}` : '';
  const table = (i) => (round ? `BaoCao_${round.code}_${i + 1}` : `BaoCao${i + 1}`);
  for (let i = 0; i < n; i++) fake.state.sheets.push(formSheetState(plan, plan.units[i], `BC ${plan.units[i].code}${suffix}`, table(i), answers(plan, i), round));
  fake.syncCount = 0;
  fake.requestBytes = [];
  fake.responseBytes = [];
  const t0 = process.hrtime.bigint();
  await consolidateAction(new ExcelWorkbook(fake, { caps: ALL_CAPABILITIES }), { memberFiles: [], ...(round && { round: round.code }) });
  return {
    syncs: fake.syncCount,
    // Reading each sheet in its own round trip, as naive add-ins do: shape, one per sheet, the write.
    naiveSyncs: n + 2,
    maxRequestKB: Math.round(fake.maxRequestBytes / 1024),
    maxResponseKB: Math.round(fake.maxResponseBytes / 1024),
    fakeMs: Math.round(Number(process.hrtime.bigint() - t0) / 1e6),
  };
}

async function main() {
  const doc = readFileSync(join(__dirname, '..', 'tests', 'fixtures', 'ke-hoach-nam-2026.txt'), 'utf8');
  const mb = doc.repeat(Math.ceil(1_048_576 / doc.length));
  // The same text flattened into one line, as PDF-to-text pages give it: still linear.
  const mbOneLine = mb.replace(/\s*\n\s*/g, ' ');
  const plan = demoWardPlan();
  const base = plan.tasks[2];
  plan.tasks = Array.from({ length: 1000 }, (_, i) => ({ ...base, section: String(i + 1) }));
  let bytes = new Uint8Array();
  let writeMs = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    bytes = await writeWorkbook(planWorkbook(plan));
    writeMs = Math.min(writeMs, Number(process.hrtime.bigint() - t0) / 1e6);
  }

  // Consolidation core: 2,000 units × 40 targets.
  const big = bigPlan(40, 2000);
  const reports = big.units.map((_u, i) => report(big, i));
  const input = { targets: big.targets, units: big.units, reports, periodCode: '2026', levels: big.ratingLevels };

  // 300 member files read from disk and consolidated, as `unionplan consolidate` does.
  const files300 = bigPlan(40, 300);
  const dir = mkdtempSync(join(tmpdir(), 'unionplan-bench-'));
  const { loadWorkbook } = lib('files/readWorkbook');
  const paths = [];
  for (let i = 0; i < 300; i++) {
    const wb = await loadWorkbook(await writeWorkbook(reportFormWorkbook(files300, files300.units[i])));
    const ws = wb.getWorksheet('Báo cáo');
    const a = answers(files300, i);
    files300.targets.forEach((t, k) => {
      ws.getCell(9 + k, 4).value = a[t.code].result;
      if (a[t.code].base !== undefined) ws.getCell(9 + k, 5).value = a[t.code].base;
    });
    const p = join(dir, `bc-${i}.xlsx`);
    writeFileSync(p, new Uint8Array(await wb.xlsx.writeBuffer()));
    paths.push(p);
  }
  const t300 = process.hrtime.bigint();
  const read = await readMemberFiles(memberFiles(paths));
  consolidate({ targets: files300.targets, units: files300.units, reports: read.reports, periodCode: '2026', levels: files300.ratingLevels });
  const import300Ms = Math.round(Number(process.hrtime.bigint() - t300) / 1e6);

  const figures = {
    parse1MbMs: Math.round(time(() => parsePlanText(mb))),
    parse1MbOneLineMs: Math.round(time(() => parsePlanText(mbOneLine), 2)),
    planSpec1000TasksMs: Math.round(time(() => planWorkbook(plan))),
    xlsxWrite1000TasksMs: Math.round(writeMs),
    xlsxBytes1000Tasks: bytes.length,
    // A congress term: 60 monthly pages over 1,000 tasks and the commemorations, lunar days included.
    scheduleTerm1000TasksMs: Math.round(time(() => monthSchedule(parsePeriod('2025-2030').period, plan.tasks, plan.commemorations))),
    aggregate2000Units40TargetsMs: Math.round(time(() => consolidate(input), 10, 3)),
    import300FilesMs: import300Ms,
    import300FilesReports: read.reports.length,
    excelConsolidate10: await excelConsolidation(10),
    excelConsolidate200: await excelConsolidation(200),
    excelConsolidate2000: await excelConsolidation(2000),
    // A reporting round (issue #21): the same syncs, with its own sheets and Tiến độ.
    excelConsolidateRound2000: await excelConsolidation(2000, '6T'),
  };
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
  else for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(30)} ${typeof v === 'object' ? JSON.stringify(v) : v}`);
}
main();
