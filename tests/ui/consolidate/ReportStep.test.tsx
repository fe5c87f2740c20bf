import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../../src/ui/App';
import type { ReportOutcome } from '../../../src/app/report';
import { demoWardPlan } from '../../../src/demo/demoPlan';
import { consolidatePlan } from '../../../src/domain/report/consolidate';
import { fakePlanHost } from '../../support/fakePlanHost';
import { openTab } from '../../support/openTab';

const plan = demoWardPlan();
const content = { plan, consolidation: consolidatePlan(plan, []), date: '2027-01-05' };
const done = (over: Partial<Extract<ReportOutcome, { status: 'done' }>> = {}) => async (): Promise<ReportOutcome> => ({ status: 'done', sheets: ['Báo cáo'], kept: 0, copy: null, findings: [], skipped: [], content, ...over });

/** Opens step 4 of Tổng hợp. */
const openReport = () => fireEvent.click(screen.getByRole('button', { name: /^4\. Báo cáo/ }));

describe('ReportStep', () => {
  it('asks how to treat an existing report and runs the choice: keep the edited paragraphs', async () => {
    const host = fakePlanHost({ report: [async () => ({ status: 'needs-consent', existing: ['Báo cáo'], foreign: [] }), done({ kept: 2 })] });
    render(<App host={host} />);
    await openTab('Tổng hợp');
    openReport();
    fireEvent.click(screen.getByRole('button', { name: 'Tạo báo cáo tổng hợp' }));
    expect(await screen.findByText('Đã có trang tính "Báo cáo"')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Giữ phần đã sửa' }));
    expect(await screen.findByText('Giữ nguyên 2 đoạn bạn đã sửa; các đoạn khác viết lại theo số liệu mới.')).toBeTruthy();
    expect(host.reportCalls.map((r) => r.mode)).toEqual([undefined, 'keep-edits']);
  });

  it('keeps the old report as a dated copy when chosen, and cancels without writing', async () => {
    const host = fakePlanHost({ report: [async () => ({ status: 'needs-consent', existing: ['Báo cáo'], foreign: [] }), done({ copy: 'Báo cáo 05-01-2027' }), async () => ({ status: 'needs-consent', existing: ['Báo cáo'], foreign: [] })] });
    render(<App host={host} />);
    await openTab('Tổng hợp');
    openReport();
    fireEvent.click(screen.getByRole('button', { name: 'Tạo báo cáo tổng hợp' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Giữ bản cũ (bản sao có ngày)' }));
    expect(await screen.findByText('Bản cũ được giữ ở trang tính "Báo cáo 05-01-2027".')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tạo báo cáo tổng hợp' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByText('Đã có trang tính "Báo cáo"')).toBeNull());
    expect(host.reportCalls.map((r) => r.mode)).toEqual([undefined, 'copy', undefined]);
  });

  it('in the standalone page, needs the plan file and sends the chosen summary file', async () => {
    const host = fakePlanHost({ kind: 'file', report: [done({ sheets: [], fileName: 'bao-cao-tong-hop-2026.xlsx' })] });
    render(<App host={host} />);
    await openTab('Tổng hợp');
    openReport();
    fireEvent.click(screen.getByRole('button', { name: 'Tạo báo cáo tổng hợp' }));
    expect(await screen.findByText('Hãy chọn tệp bảng kế hoạch.')).toBeTruthy();
    expect(host.reportCalls).toEqual([]);
    fireEvent.change(screen.getAllByLabelText('Chọn bảng kế hoạch (.xlsx)…')[0], { target: { files: [new File([new Uint8Array([1])], 'ke-hoach.xlsx')] } });
    fireEvent.change(screen.getByLabelText('Chọn tệp tổng hợp…'), { target: { files: [new File([new Uint8Array([2])], 'tong-hop.xlsx')] } });
    expect(await screen.findByText('Dùng tệp tổng hợp đã chọn: tong-hop.xlsx.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tạo báo cáo tổng hợp' }));
    expect(await screen.findByText('Đã tải xuống tệp bao-cao-tong-hop-2026.xlsx. Mở tệp bằng Excel hoặc LibreOffice.')).toBeTruthy();
    expect([host.reportCalls[0].planFile?.name, host.reportCalls[0].summaryFile?.name]).toEqual(['ke-hoach.xlsx', 'tong-hop.xlsx']);
  });

  it('on the standalone page, writes the report from the consolidation just made: no file chosen twice', async () => {
    const tongHop = { name: 'tong-hop-2026.xlsx', data: new Uint8Array([9]) };
    const host = fakePlanHost({
      kind: 'file',
      consolidate: [async () => ({ consolidation: content.consolidation, findings: [], sheets: [], reportSheets: 0, skipped: [], fileName: tongHop.name, files: [tongHop] })],
      report: [done({ sheets: [], fileName: 'bao-cao-tong-hop-2026.xlsx' })],
    });
    render(<App host={host} />);
    await openTab('Kiểm tra');
    fireEvent.change(screen.getByLabelText('Chọn bảng kế hoạch (.xlsx)…'), { target: { files: [new File([new Uint8Array([1])], 'ke-hoach.xlsx')] } });
    await screen.findByText(/^Bảng kế hoạch: ke-hoach\.xlsx/);
    await openTab('Tổng hợp');
    // The plan chosen on another tab is the plan here.
    expect(screen.getByText(/^Bảng kế hoạch: ke-hoach\.xlsx/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^2\. Nhận báo cáo/ }));
    fireEvent.change(screen.getByLabelText('Chọn tệp báo cáo…'), { target: { files: [new File(['y'], 'a.xlsx')] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Tiếp: Tổng hợp' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tổng hợp' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Tiếp: Báo cáo' }));
    expect(screen.getByText('Dùng kết quả tổng hợp vừa làm (tong-hop-2026.xlsx), không cần chọn lại tệp.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tạo báo cáo tổng hợp' }));
    await screen.findByText('Đã tải xuống tệp bao-cao-tong-hop-2026.xlsx. Mở tệp bằng Excel hoặc LibreOffice.');
    expect([host.reportCalls[0].planFile?.name, host.reportCalls[0].summaryFile]).toEqual(['ke-hoach.xlsx', tongHop]);
  });
});

describe('Tải bản Word', () => {
  it('on the page, downloads the report just written as a Word document named after it', async () => {
    const host = fakePlanHost({ kind: 'file', report: [done({ sheets: [], fileName: 'bao-cao-tong-hop-2026-6T.xlsx' })], saveWord: async (name) => name });
    render(<App host={host} />);
    await openTab('Tổng hợp');
    fireEvent.change(screen.getAllByLabelText('Chọn bảng kế hoạch (.xlsx)…')[0], { target: { files: [new File([new Uint8Array([1])], 'ke-hoach.xlsx')] } });
    openReport();
    fireEvent.change(screen.getByLabelText('Chọn tệp tổng hợp…'), { target: { files: [new File([new Uint8Array([2])], 'tong-hop.xlsx')] } });
    await screen.findByText('Dùng tệp tổng hợp đã chọn: tong-hop.xlsx.');
    expect(screen.queryByRole('button', { name: 'Tải bản Word' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Tạo báo cáo tổng hợp' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Tải bản Word' }));
    expect(await screen.findByText('Đã tải xuống bản Word bao-cao-tong-hop-2026-6T.docx: mở bằng Word để ký và gửi.')).toBeTruthy();
    expect(host.wordCalls).toEqual(['bao-cao-tong-hop-2026-6T.docx']);
  });

  it('is not offered in Excel, whose pane cannot be relied on to download files', async () => {
    const host = fakePlanHost({ report: [done()] });
    render(<App host={host} />);
    await openTab('Tổng hợp');
    openReport();
    fireEvent.click(screen.getByRole('button', { name: 'Tạo báo cáo tổng hợp' }));
    await screen.findByText(/Đã viết|Báo cáo/, { selector: '.fui-MessageBarTitle' });
    expect(screen.queryByRole('button', { name: 'Tải bản Word' })).toBeNull();
  });
});
