import { demoWardPlan } from '../../../src/demo/demoPlan';
import { demoWardReports } from '../../../src/demo/demoReports';
import { consolidatePlan } from '../../../src/domain/report/consolidate';
import { compareWithLastYear } from '../../../src/domain/report/compare';
import { ALL_CAPABILITIES } from '../../../src/hosts/excel/capabilities';
import { datedCopyName, report as writeReport } from '../../../src/app/report';
import { applyWorkbookSpec } from '../../../src/hosts/excel/writeWorkbookSpec';
import { SHEET } from '../../../src/sheets/names';
import { planWorkbook } from '../../../src/sheets/planWorkbook';
import { KEY_COL, RIGHT_COL } from '../../../src/sheets/reportSheet';
import { consolidationWorkbook } from '../../../src/sheets/summarySheet';
import { FakeContext, type SheetState } from '../../support/excelFake';
import { inExcel } from '../../support/inExcel';

const ctxOf = (f: FakeContext) => f as unknown as Excel.RequestContext;
const ward = demoWardPlan();
const date = '2027-01-05';

/** A plan workbook after "Làm mới tổng hợp", with a sheet of the user's own. */
async function consolidated(): Promise<FakeContext> {
  const fake = new FakeContext();
  const c = consolidatePlan(ward, demoWardReports(ward));
  await applyWorkbookSpec(ctxOf(fake), { sheets: [...planWorkbook(ward).sheets, ...consolidationWorkbook(c, { orgName: ward.info.issuingBody, period: ward.info.period, at: '05/01/2027 08:00' }).sheets] }, { caps: ALL_CAPABILITIES, replace: false });
  fake.state.sheets[0].cells.set('0,0', { formula: 'Ghi chú của tôi' });
  fake.syncCount = 0;
  return fake;
}

const report = (f: FakeContext) => f.state.sheet(SHEET.report) as SheetState;
const rowOfKey = (s: SheetState, key: string) => [...s.cells.entries()].find(([k, v]) => k.endsWith(`,${KEY_COL}`) && v.formula === key)![0].split(',').map(Number)[0];
const snapshotOthers = (f: FakeContext) => JSON.stringify(f.state.sheets.filter((s) => !s.name.startsWith(SHEET.report)).map((s) => [s.name, [...s.cells]]));

describe('Excel host: the summary report', () => {
  it('writes Báo cáo in two syncs with a column chart and its 100 % line, numbered from page 2', async () => {
    const fake = await consolidated();
    const before = snapshotOthers(fake);
    const result = await inExcel(fake, (wb) => writeReport(wb, { date }));
    expect(result.status).toBe('done');
    expect(fake.syncCount).toBe(2);
    const s = report(fake);
    expect(s.value(0, 0)).toBe('LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐÔNG NAM');
    expect(s.value(0, RIGHT_COL)).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(s.value(rowOfKey(s, 'header'), RIGHT_COL)).toBe('An Khánh, ngày 05 tháng 01 năm 2027');
    expect(s.charts).toHaveLength(2);
    expect(s.charts[0]).toMatchObject({ type: 'ColumnClustered', seriesBy: 'Columns', title: 'Biểu đồ 1. Mức đạt so với chỉ tiêu (%)' });
    expect([...s.charts[0].seriesTypes]).toEqual([[1, 'Line']]);
    expect([...s.hiddenColumns].sort()).toEqual([KEY_COL, KEY_COL + 1, KEY_COL + 2]);
    expect(s.pageLayout['headersFooters.state']).toBe('FirstAndDefault');
    expect(s.pageLayout['first.centerHeader']).toBe('');
    // The header block's two rules are top edges only: under the issuing body (column C) and under the tiêu ngữ (F:I).
    const rules = s.formats.filter((f) => f.prop === 'border.EdgeTop.style' && !s.formats.some((g) => g.address === f.address && g.prop === 'border.EdgeLeft.style'));
    expect(rules.map((f) => f.address.replace(/\d+/g, ''))).toEqual(expect.arrayContaining(['C:C', 'F:I']));
    expect(snapshotOthers(fake)).toBe(before);
  });

  it('a round\'s report reads that round\'s sheets in the same two syncs', async () => {
    const fake = new FakeContext();
    const [six, year] = ward.rounds!;
    const consolidated = (round: typeof six) => {
      const c = consolidatePlan(ward, demoWardReports(ward).map((r) => ({ ...r, roundCode: round.code })), round);
      // Last year: every target at half this year's figure.
      const compared = compareWithLastYear(c.targets, c.targets.filter((t) => t.result !== null).map((t) => ({ code: t.code, text: t.text, value: (t.result as number) / 2, share: t.percent || t.rule !== 'sum' && t.rule !== 'unit-count', at: '' })), { file: 'tong-hop-2025.xlsx', sheet: 'Tổng hợp 6T' });
      return consolidationWorkbook({ ...c, targets: compared.targets }, { orgName: ward.info.issuingBody, period: ward.info.period, at: '05/06/2026 08:00', round, compared: { file: 'tong-hop-2025.xlsx', unmatched: compared.unmatched } }).sheets.filter((x) => x.name !== SHEET.check);
    };
    const sheets = [six, year].flatMap(consolidated);
    await applyWorkbookSpec(ctxOf(fake), { sheets: [...planWorkbook(ward).sheets, ...sheets] }, { caps: ALL_CAPABILITIES, replace: false });
    fake.syncCount = 0;
    const result = await inExcel(fake, (wb) => writeReport(wb, { date: '2026-06-08', round: '6T' }));
    expect(result.status).toBe('done');
    expect(fake.syncCount).toBe(2);
    const text = [...report(fake).cells.values()].map((v) => String(v.formula)).join('\n');
    expect(text).toContain('Sơ kết hoạt động công đoàn 6 tháng đầu năm 2026 và phương hướng, nhiệm vụ 6 tháng cuối năm');
    expect(text).toContain('Số liệu tính đến hết ngày 31/05/2026');
    // Biểu đồ 2: this year beside last year, two column series.
    const beside = report(fake).charts.find((c) => c.title?.startsWith('Biểu đồ 2. 6 tháng đầu năm 2026 so với cùng kỳ năm trước'));
    expect(beside).toMatchObject({ type: 'ColumnClustered', seriesCount: 2 });
  });

  it('asks before touching an existing report, then keeps the paragraphs the officer rewrote', async () => {
    const fake = await consolidated();
    await inExcel(fake, (wb) => writeReport(wb, { date }));
    const s = report(fake);
    const row = rowOfKey(s, 'assessment');
    s.cells.set(`${row},0`, { formula: 'Phong trào thi đua sôi nổi, công tác chăm lo được đoàn viên ghi nhận.' });
    fake.syncCount = 0;
    expect(await inExcel(fake, (wb) => writeReport(wb, { date }))).toMatchObject({ status: 'needs-consent', existing: [SHEET.report], foreign: [] });
    expect(fake.syncCount).toBe(1);
    expect(report(fake).value(row, 0)).toBe('Phong trào thi đua sôi nổi, công tác chăm lo được đoàn viên ghi nhận.');

    const kept = await inExcel(fake, (wb) => writeReport(wb, { date, mode: 'keep-edits' }));
    expect(kept).toMatchObject({ status: 'done', kept: 1, copy: null });
    const again = report(fake);
    expect(again.value(rowOfKey(again, 'assessment'), 0)).toBe('Phong trào thi đua sôi nổi, công tác chăm lo được đoàn viên ghi nhận.');
    expect(fake.state.sheets.filter((x) => x.name.startsWith(SHEET.report))).toHaveLength(1);
  });

  it('keeps the old report as a dated copy when asked, or replaces it', async () => {
    const fake = await consolidated();
    await inExcel(fake, (wb) => writeReport(wb, { date }));
    report(fake).cells.set('20,0', { formula: 'Sửa tay' });
    const copied = await inExcel(fake, (wb) => writeReport(wb, { date, mode: 'copy' }));
    expect(copied).toMatchObject({ status: 'done', copy: 'Báo cáo 05-01-2027' });
    expect(fake.state.sheet('Báo cáo 05-01-2027')!.value(20, 0)).toBe('Sửa tay');
    expect(report(fake).value(20, 0)).not.toBe('Sửa tay');
    expect(datedCopyName('2027-01-05', ['Báo cáo 05-01-2027'])).toBe('Báo cáo 05-01-2027 (2)');

    const replaced = await inExcel(fake, (wb) => writeReport(wb, { date, mode: 'replace' }));
    expect(replaced).toMatchObject({ status: 'done', kept: 0, copy: null });
    expect(fake.state.sheets.map((x) => x.name).filter((n) => n.startsWith(SHEET.report)).sort()).toEqual([SHEET.report, 'Báo cáo 05-01-2027']);
  });

  it('refuses without a consolidation, saying to consolidate first, and writes nothing', async () => {
    const fake = new FakeContext();
    await applyWorkbookSpec(ctxOf(fake), planWorkbook(ward), { caps: ALL_CAPABILITIES, replace: false });
    const names = fake.state.sheets.map((s) => s.name);
    await expect(inExcel(fake, (wb) => writeReport(wb, { date }))).rejects.toMatchObject({ code: 'summary-unreadable', vi: expect.stringContaining('hãy tổng hợp báo cáo của các đơn vị trước') });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(names);
  });
});
