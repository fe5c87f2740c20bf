import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/ui/App';
import { demoWardPlan } from '../../../src/demo/demoPlan';
import { consolidate } from '../../../src/domain/report/consolidate';
import type { ConsolidateOutcome } from '../../../src/app/consolidate';
import { stopIfCancelled } from '../../../src/domain/cancel';
import { fakePlanHost } from '../../support/fakePlanHost';
import { openTab } from '../../support/openTab';

/** Opens a numbered step of Tổng hợp by its heading. */
const openStep = (n: number, title: string) => fireEvent.click(screen.getByRole('button', { name: new RegExp(`^${n}\\. ${title}`) }));
const consolidateButton = () => screen.getByRole('button', { name: /^Tổng hợp( lại)?$/ });

const plan = demoWardPlan();
const report = (u: number) => ({
  unitCode: plan.units[u].code, unitName: plan.units[u].name, periodCode: '2026', source: { file: `${u}.xlsx`, sheet: 'Báo cáo' }, unitAt: 'B3',
  lines: plan.targets.map((t) => ({ code: t.code, result: t.rule === 'unit-count' ? 0 : 1, base: t.rule === 'ratio' ? 1 : null, na: false, note: '', at: 'D9' })),
});
const c = consolidate({ targets: plan.targets, units: plan.units, reports: [0, 1, 2, 3, 4].map(report), periodCode: '2026', levels: plan.ratingLevels });
const outcome = (over: Partial<ConsolidateOutcome> = {}) => async (): Promise<ConsolidateOutcome> => ({ consolidation: c, findings: [], sheets: ['Tổng hợp', 'Theo đơn vị'], reportSheets: 5, skipped: [], ...over });

describe('ConsolidatePanel', () => {
  it('consolidates the workbook\'s sheets and the dropped files, naming who has not reported', async () => {
    const host = fakePlanHost({ consolidate: [outcome()] });
    render(<App host={host} />);
    await openTab('Tổng hợp');
    openStep(2, 'Nhận báo cáo');
    const files = [new File([new Uint8Array([1])], 'dn01.xlsx'), new File([new Uint8Array([2])], 'ghi-chu.txt')];
    fireEvent.drop(screen.getByRole('group', { name: 'Thả các tệp báo cáo (.xlsx) của đơn vị vào đây' }), { dataTransfer: { files } });
    expect(await screen.findByText('Đã chọn 1 tệp.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp: Tổng hợp' }));
    fireEvent.click(consolidateButton());
    const met = c.targets.filter((x) => x.status === 'met' || x.status === 'exceeded').length;
    expect(await screen.findByText(`5/6 đơn vị đã báo cáo; ${met}/${c.targets.length} chỉ tiêu đạt và vượt`)).toBeTruthy();
    expect(screen.getByText('Chưa báo cáo: CĐCS Cơ quan Ủy ban nhân dân phường.')).toBeTruthy();
    expect(host.consolidateCalls[0].memberFiles.map((f) => f.name)).toEqual(['dn01.xlsx']);
    expect(screen.getAllByRole('row')).toHaveLength(c.targets.length + 1);
    // Each target with its text and plan, its status as a word with an icon.
    const first = c.targets[0];
    expect(screen.getByText(first.text)).toBeTruthy();
    expect(document.querySelectorAll('[data-status] svg[data-icon]')).toHaveLength(c.targets.length);
    // Step 2 folded up with its result line.
    expect(screen.getByRole('button', { name: /^2\. Nhận báo cáo.*Đã chọn 1 tệp\./ }).getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps the chosen files and the result when another tab is opened and closed', async () => {
    const host = fakePlanHost({ consolidate: [outcome()] });
    render(<App host={host} />);
    await openTab('Tổng hợp');
    openStep(2, 'Nhận báo cáo');
    fireEvent.change(screen.getByLabelText('Chọn tệp báo cáo…'), { target: { files: [new File(['y'], 'a.xlsx'), new File(['z'], 'b.xlsx')] } });
    await screen.findByText('Đã chọn 2 tệp.');
    openStep(3, 'Tổng hợp');
    fireEvent.click(consolidateButton());
    await screen.findByText(/^5\/6 đơn vị đã báo cáo/);
    await openTab('Kiểm tra');
    expect(screen.queryByText(/^5\/6 đơn vị đã báo cáo/)).toBeNull();
    await openTab('Tổng hợp');
    expect(screen.getByText(/^5\/6 đơn vị đã báo cáo/, { selector: '.fui-MessageBarTitle' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^2\. Nhận báo cáo.*Đã chọn 2 tệp\./ })).toBeTruthy();
    expect(host.consolidateCalls).toHaveLength(1);
  });

  it('lists the report lines it had to leave out', async () => {
    const findings = [{ severity: 'error' as const, code: 'report-value-over-base', sheet: 'dn02.xlsx › Báo cáo', cell: 'D11', vi: 'Kết quả 11 lớn hơn tổng số 10', en: 'x' }];
    render(<App host={fakePlanHost({ consolidate: [outcome({ findings })] })} />);
    await openTab('Tổng hợp');
    openStep(3, 'Tổng hợp');
    fireEvent.click(consolidateButton());
    expect(await screen.findByText('Kết quả 11 lớn hơn tổng số 10')).toBeTruthy();
    // Grouped by kind of problem, with where each is and how to fix it.
    expect(screen.getByRole('heading', { name: /^Lỗi.*\(1\)$/ })).toBeTruthy();
    expect(screen.getByText('dn02.xlsx › Báo cáo!D11')).toBeTruthy();
    expect(screen.getByText(/^Cách sửa: nhờ đơn vị sửa tệp/)).toBeTruthy();
  });

  it('in the standalone page, needs the plan and at least one report before it starts', async () => {
    const host = fakePlanHost({ kind: 'file', consolidate: [outcome({ sheets: [], fileName: 'tong-hop-2026.xlsx' })] });
    render(<App host={host} />);
    await openTab('Tổng hợp');
    openStep(3, 'Tổng hợp');
    fireEvent.click(consolidateButton());
    expect(await screen.findByText('Hãy chọn tệp bảng kế hoạch.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Chọn bảng kế hoạch (.xlsx)…'), { target: { files: [new File(['x'], 'kh.xlsx')] } });
    await screen.findByText(/^Bảng kế hoạch: kh\.xlsx/);
    fireEvent.click(consolidateButton());
    expect(await screen.findByText('Hãy chọn ít nhất một tệp báo cáo.')).toBeTruthy();
    expect(host.consolidateCalls).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Chọn tệp báo cáo…'), { target: { files: [new File(['y'], 'a.xlsx'), new File(['z'], 'b.xlsx')] } });
    expect(await screen.findByText('Đã chọn 2 tệp.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp: Tổng hợp' }));
    fireEvent.click(consolidateButton());
    await waitFor(() => expect(host.consolidateCalls).toHaveLength(1));
    expect(await screen.findByText('Đã tải xuống tệp tong-hop-2026.xlsx. Mở tệp bằng Excel hoặc LibreOffice.')).toBeTruthy();
  });

  it('makes report forms, asking before it replaces form sheets that exist', async () => {
    const host = fakePlanHost({ forms: [async () => ({ status: 'needs-consent', existing: ['BC DN01', 'BC DN02'], foreign: [] }), async () => ({ status: 'done', units: 6, targets: 7, sheets: [], skipped: [] })] });
    render(<App host={host} />);
    await openTab('Tổng hợp');
    fireEvent.click(screen.getByRole('button', { name: 'Tạo mẫu báo cáo' }));
    expect(await screen.findByText('Các trang tính mẫu này đã có')).toBeTruthy();
    // Replacing is asked in a dialog whose primary answer is the safe one.
    const dialog = screen.getByRole('alertdialog');
    const answers = within(dialog).getAllByRole('button').map((b) => b.textContent);
    expect(answers).toEqual(['Hủy', 'Thay thế']);
    fireEvent.click(screen.getByRole('button', { name: 'Thay thế' }));
    expect(await screen.findByText('Đã tạo 6 trang tính mẫu báo cáo.')).toBeTruthy();
    expect(host.formsCalls.map((c) => c.replace)).toEqual([false, true]);
  });

  it('shows how many files are read, and stops at Cancel without a result', async () => {
    // A host that reads one file, then waits until stopped, as a long import would.
    const host = fakePlanHost({
      consolidate: [(r) => new Promise<ConsolidateOutcome>((_resolve, reject) => {
        r.onProgress?.(1, 3);
        r.signal?.addEventListener('abort', () => { try { stopIfCancelled(r.signal); } catch (e) { reject(e); } });
      }), outcome()],
    });
    render(<App host={host} />);
    await openTab('Tổng hợp');
    openStep(2, 'Nhận báo cáo');
    fireEvent.change(screen.getByLabelText('Chọn tệp báo cáo…'), { target: { files: [new File(['y'], 'a.xlsx'), new File(['z'], 'b.xlsx')] } });
    await screen.findByText('Đã chọn 2 tệp.');
    openStep(3, 'Tổng hợp');
    fireEvent.click(consolidateButton());
    expect(await screen.findByText('Đã đọc 1/2 tệp')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe(String(1 / 3));
    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(await screen.findByText('Đã dừng tổng hợp; chưa có gì được ghi. Bấm Tổng hợp để làm lại.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(host.consolidateCalls[0].signal?.aborted).toBe(true);
    // And it runs again when asked.
    fireEvent.click(consolidateButton());
    expect(await screen.findByText(/^5\/6 đơn vị đã báo cáo/)).toBeTruthy();
  });
});
