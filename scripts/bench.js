#!/usr/bin/env node
// `npm run bench [-- --json]`: speed figures of the core, kept out of the unit tests.
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const lib = (p) => require(join(__dirname, '..', 'lib', p));
const { parsePlanText } = lib('domain/parse/parsePlanText');
const { planWorkbook } = lib('sheets/planWorkbook');
const { writeWorkbook } = lib('hosts/xlsx/writeWorkbook');
const { demoWardPlan } = lib('demo/demoPlan');
const { monthSchedule } = lib('domain/calendar/monthSchedule');
const { parsePeriod } = lib('domain/period');

function time(fn, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return Math.min(...times);
}

async function main() {
  const doc = readFileSync(join(__dirname, '..', 'tests', 'fixtures', 'ke-hoach-nam-2026.txt'), 'utf8');
  const mb = doc.repeat(Math.ceil(1_048_576 / doc.length));
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
  const figures = {
    parse1MbMs: Math.round(time(() => parsePlanText(mb))),
    planSpec1000TasksMs: Math.round(time(() => planWorkbook(plan))),
    xlsxWrite1000TasksMs: Math.round(writeMs),
    xlsxBytes1000Tasks: bytes.length,
    // A congress term: 60 monthly pages over 1,000 tasks and the commemorations, lunar days included.
    scheduleTerm1000TasksMs: Math.round(time(() => monthSchedule(parsePeriod('2025-2030').period, plan.tasks, plan.commemorations))),
  };
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
  else for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(24)} ${v}`);
}
main();
