import { demoSchoolPlan } from '../../../src/demo/demoPlan';
import { UserError } from '../../../src/domain/userError';
import { planActions } from '../../../src/app/planActions';
import type { ChosenFile } from '../../../src/app/workbook';
import { fileHost, type SaveFiles } from '../../../src/hosts/xlsx/fileWorkbook';
import { readWorkbookValues } from '../../../src/files/readWorkbook';
import { writeWorkbook } from '../../../src/hosts/xlsx/writeWorkbook';
import { SHEET } from '../../../src/sheets/names';
import { matchKey } from '../../../src/domain/text';
import { planWorkbook } from '../../../src/sheets/planWorkbook';

/** The standalone page's actions, keeping what they save (and the bundle it would download as). */
function savingHost() {
  const saved: ChosenFile[] = [];
  const bundles: (string | undefined)[] = [];
  const save: SaveFiles = async (files, bundle) => {
    saved.push(...files);
    bundles.push(bundle);
    return bundle ?? files[0].name;
  };
  return { host: planActions(fileHost(save)), saved, bundles };
}

const refusing = () => planActions(fileHost(async () => { throw new Error('nothing should be saved'); }));

describe('standalone host: calendar', () => {
  it('reads a chosen plan workbook and saves its monthly schedule', async () => {
    const { host, saved } = savingHost();
    const planFile = { name: 'ke-hoach.xlsx', data: await writeWorkbook(planWorkbook(demoSchoolPlan())) };
    const outcome = await host.calendar({ month: '2026-03', planFile });
    expect(outcome).toMatchObject({ months: 1, fileName: 'lich-cong-tac-2026-03.xlsx' });
    const values = await readWorkbookValues(saved[0].data);
    expect(values.get(SHEET.schedule)![0][0]).toBe('LỊCH CÔNG TÁC THÁNG 3/2026');
  });

  it('names the file it cannot read, and refuses a month outside the period', async () => {
    const host = refusing();
    const bad = await host.calendar({ month: null, planFile: { name: 'hong.xlsx', data: new Uint8Array([1, 2, 3]) } }).catch((e) => e);
    expect(bad).toBeInstanceOf(UserError);
    expect((bad as UserError).where.file).toBe('hong.xlsx');
    const planFile = { name: 'ke-hoach.xlsx', data: await writeWorkbook(planWorkbook(demoSchoolPlan())) };
    await expect(host.calendar({ month: '2026-09', planFile })).rejects.toThrow(UserError);
    await expect(host.calendar({ month: null })).rejects.toThrow(UserError);
  });
});

describe('standalone host: check', () => {
  it('checks a chosen plan workbook and never saves anything', async () => {
    const host = refusing();
    const plan = demoSchoolPlan();
    plan.targets[1].code = plan.targets[0].code;
    const outcome = await host.check({ planFile: { name: 'kh.xlsx', data: await writeWorkbook(planWorkbook(plan)) } });
    expect(outcome.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([['target-code-duplicate', SHEET.targets, 'A6']]);
    expect(outcome.sheets).toEqual([]);
  });
});

describe('standalone host: consolidate', () => {
  it('reads the plan and the members\' files and saves the summary workbook', async () => {
    const { demoWardPlan } = await import('../../../src/demo/demoPlan');
    const { reportFormWorkbook } = await import('../../../src/sheets/reportForm');
    const plan = demoWardPlan();
    const { host, saved } = savingHost();
    // Two units filled their forms; a third sent its form back blank, which is not a report.
    const filled = new Map(plan.targets.map((t) => [matchKey(t.code), { code: t.code, result: 1, base: t.rule === 'ratio' ? 2 : null, na: false, note: '', at: '' }]));
    const forms = await Promise.all(plan.units.slice(0, 3).map(async (u, i) => ({ name: `${u.code}.xlsx`, data: await writeWorkbook(reportFormWorkbook(plan, u, i < 2 ? filled : undefined)) })));
    const outcome = await host.consolidate({ planFile: { name: 'kh.xlsx', data: await writeWorkbook(planWorkbook(plan)) }, memberFiles: [...forms, { name: 'hong.xlsx', data: new Uint8Array([0]) }] });
    expect(outcome.consolidation.units).toMatchObject({ expected: plan.units.length, reported: 2 });
    expect(outcome.findings.map((f) => [f.code, f.sheet])).toEqual([['report-unreadable', 'hong.xlsx'], ['report-empty', `${plan.units[2].code}.xlsx › Báo cáo`]]);
    expect(outcome.fileName).toBe('tong-hop-2026.xlsx');
    const values = await readWorkbookValues(saved[0].data);
    expect([...values.keys()]).toEqual([SHEET.summary, SHEET.byUnit, SHEET.check]);
  });

  it('stops between files when cancelled, and saves nothing', async () => {
    const { demoWardPlan } = await import('../../../src/demo/demoPlan');
    const { reportFormWorkbook } = await import('../../../src/sheets/reportForm');
    const plan = demoWardPlan();
    const host = refusing();
    const forms = await Promise.all(plan.units.slice(0, 3).map(async (u) => ({ name: `${u.code}.xlsx`, data: await writeWorkbook(reportFormWorkbook(plan, u)) })));
    const stop = new AbortController();
    const progress: number[] = [];
    // The user clicks Cancel once the first file is read.
    const onProgress = (done: number) => { progress.push(done); if (done === 1) stop.abort(); };
    const error = await host.consolidate({ planFile: { name: 'kh.xlsx', data: await writeWorkbook(planWorkbook(plan)) }, memberFiles: forms, onProgress, signal: stop.signal }).catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('cancelled');
    expect(progress).toEqual([1]);
  });
});

describe('standalone host: report forms', () => {
  it('saves every unit\'s form as one bundle (the page downloads it as a .zip)', async () => {
    const { demoWardPlan } = await import('../../../src/demo/demoPlan');
    const plan = demoWardPlan();
    const { host, saved, bundles } = savingHost();
    const outcome = await host.forms({ planFile: { name: 'kh.xlsx', data: await writeWorkbook(planWorkbook(plan)) }, replace: false });
    expect(outcome).toMatchObject({ status: 'done', units: 6, fileName: 'mau-bao-cao-2026.zip' });
    expect(bundles).toEqual(['mau-bao-cao-2026.zip']);
    expect(saved.map((f) => f.name).sort()).toEqual(plan.units.map((u) => `bao-cao-${u.code}.xlsx`).sort());
    const values = await readWorkbookValues(saved.find((f) => f.name === 'bao-cao-DN01.xlsx')!.data);
    expect(values.get(SHEET.form)![2].slice(0, 2)).toEqual(['Mã đơn vị', 'DN01']);
  });
});

describe('standalone host: summary report', () => {
  it('writes the report from the plan and the summary file the consolidation saved', async () => {
    const { demoWardPlan } = await import('../../../src/demo/demoPlan');
    const { demoWardReports } = await import('../../../src/demo/demoReports');
    const { reportFormWorkbook } = await import('../../../src/sheets/reportForm');
    const plan = demoWardPlan();
    const { host, saved } = savingHost();
    const planFile = { name: 'kh.xlsx', data: await writeWorkbook(planWorkbook(plan)) };
    const forms = await Promise.all(demoWardReports(plan).map(async (r) => ({ name: `${r.unitCode}.xlsx`, data: await writeWorkbook(reportFormWorkbook(plan, { code: r.unitCode, name: r.unitName }, new Map(r.lines.map((l) => [matchKey(l.code), l])))) })));
    const consolidated = await host.consolidate({ planFile, memberFiles: forms });
    // The page keeps the summary it just made and hands it to the report, as a file it had chosen.
    const outcome = await host.report({ planFile, summaryFile: consolidated.files![0] });
    expect(outcome).toMatchObject({ status: 'done', fileName: 'bao-cao-tong-hop-2026.xlsx', kept: 0, copy: null });
    const values = await readWorkbookValues(saved[saved.length - 1].data);
    expect([...values.keys()]).toEqual([SHEET.report]);
  });
});
