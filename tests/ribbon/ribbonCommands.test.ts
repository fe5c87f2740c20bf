import { demoWardPlan } from '../../src/demo/demoPlan';
import { consolidate } from '../../src/domain/report/consolidate';
import { SheetsNotOwned } from '../../src/app/consent';
import type { ConsolidateOutcome } from '../../src/app/consolidate';
import { ribbonCommands } from '../../src/ribbon/ribbonCommands';
import { excelUserError } from '../../src/hosts/excel/errors';
import { NoReportSheets } from '../../src/app/consolidate';
import { fakePlanHost } from '../support/fakePlanHost';

const plan = demoWardPlan();
const lines = plan.targets.map((t) => ({ code: t.code, result: t.rule === 'unit-count' ? 0 : 1, base: t.rule === 'ratio' ? 1 : null, na: false, note: '', at: 'D9' }));
const reports = [0, 1].map((u) => ({ unitCode: plan.units[u].code, unitName: plan.units[u].name, periodCode: '2026', source: { file: '', sheet: `BC ${u}` }, unitAt: 'B3', lines }));
const consolidation = consolidate({ targets: plan.targets, units: plan.units, reports, periodCode: '2026', levels: plan.ratingLevels });
const refreshed: ConsolidateOutcome = { consolidation, findings: [], sheets: ['Tổng hợp', 'Theo đơn vị'], reportSheets: 2, skipped: [] };

describe('ribbon commands', () => {
  it('"Kiểm tra" checks without taking over anything and counts the findings', async () => {
    const host = fakePlanHost({ check: [async () => ({ findings: [{ severity: 'error', code: 'x', sheet: 'Chỉ tiêu', cell: 'C6', vi: '', en: '' }, { severity: 'info', code: 'y', sheet: 'Nhiệm vụ', cell: 'B4', vi: '', en: '' }], sheets: ['Kiểm tra'], skipped: [] })] });
    const notice = await ribbonCommands(host).runCheck('vi');
    expect(host.checkCalls).toEqual([{}]);
    expect(notice).toEqual({ intent: 'error', title: '1 lỗi, 0 cảnh báo, 1 lưu ý', lines: ['Danh sách đầy đủ ở trang tính Kiểm tra; bấm vào địa chỉ ô để đến ô cần sửa.'] });
  });

  it('"Kiểm tra" on a clean workbook says so, in English when Office is', async () => {
    const host = fakePlanHost({ check: [async () => ({ findings: [], sheets: ['Kiểm tra'], skipped: [] })] });
    expect(await ribbonCommands(host).runCheck('en')).toEqual({ intent: 'success', title: 'No problems found.', lines: ['The result is on Kiểm tra.'] });
  });

  it('"Làm mới tổng hợp" consolidates the workbook\'s sheets only and names who has not reported', async () => {
    const host = fakePlanHost({ consolidate: [async () => refreshed] });
    const notice = await ribbonCommands(host).refreshConsolidation('vi');
    expect(host.consolidateCalls).toEqual([{ memberFiles: [], needsSheets: true }]);
    expect(notice.intent).toBe('warning');
    expect(notice.title).toMatch(/^2\/6 đơn vị đã báo cáo; \d+\/\d+ chỉ tiêu đạt và vượt$/);
    expect(notice.lines[0]).toBe(`Chưa báo cáo: ${plan.units.slice(2).map((u) => u.name).join('; ')}.`);
    expect(notice.lines.at(-1)).toBe('Đã ghi: Tổng hợp, Theo đơn vị (2 mẫu báo cáo trong sổ làm việc).');
  });

  it('keeps the summary when the workbook has no report sheet, and says so as a warning', async () => {
    const host = fakePlanHost({ consolidate: [async () => { throw new NoReportSheets(); }] });
    const notice = await ribbonCommands(host).refreshConsolidation('en');
    expect(notice).toMatchObject({ intent: 'warning', title: 'No report sheets to refresh from' });
    expect(notice.lines[0]).toMatch(/^The workbook has no filled report form of a unit/);
  });

  it('never replaces a sheet of the user\'s from the ribbon: it sends them to the pane', async () => {
    const host = fakePlanHost({ consolidate: [async () => { throw new SheetsNotOwned(['Tổng hợp']); }] });
    const notice = await ribbonCommands(host).refreshConsolidation('vi');
    expect(notice.intent).toBe('warning');
    expect(notice.lines[0]).toContain('trang tính "Tổng hợp" do bạn tạo');
    expect(notice.lines[0]).toContain('thẻ Tổng hợp');
  });

  it('says Excel\'s own conditions in plain words', async () => {
    const busy = Object.assign(new Error('The cell is being edited'), { code: 'InvalidOperationInCellEditMode', name: 'RichApi.Error' });
    const host = fakePlanHost({ check: [async () => { throw excelUserError(busy); }] });
    const notice = await ribbonCommands(host).runCheck('vi');
    expect(notice.intent).toBe('error');
    expect(notice.title).toBe('Chưa làm được việc này');
    expect(notice.lines[0]).toBe('Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại.');
  });
});
