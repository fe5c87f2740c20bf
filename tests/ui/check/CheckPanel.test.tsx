import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/ui/App';
import type { Finding } from '../../../src/domain/finding';
import type { CheckOutcome } from '../../../src/app/check';
import { fakePlanHost } from '../../support/fakePlanHost';
import { SheetsNotOwned } from '../../../src/app/consent';
import { openTab } from '../../support/openTab';

const f = (severity: Finding['severity'], sheet: string, cell: string, vi: string): Finding => ({ severity, code: 'x', sheet, cell, vi, en: `EN ${vi}` });
const outcome = (findings: Finding[]) => async (): Promise<CheckOutcome> => ({ findings, sheets: ['Kiểm tra'], skipped: [] });

describe('CheckPanel', () => {
  it('lists findings by sheet and goes to a cell on click', async () => {
    const host = fakePlanHost({ check: [outcome([f('error', 'Chỉ tiêu', 'E6', '"ba" không phải là một số'), f('warning', 'Nhiệm vụ', 'G7', 'Tháng ngoài kỳ'), f('info', 'Nhiệm vụ', 'F9', 'Chưa có thời gian')])] });
    render(<App host={host} />);
    await openTab('Kiểm tra');
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByText('1 lỗi, 1 cảnh báo, 1 lưu ý')).toBeTruthy();
    const tasks = screen.getByRole('region', { name: 'Nhiệm vụ' });
    expect(within(tasks).getByText('Nhiệm vụ (2)')).toBeTruthy();
    expect(within(tasks).getByText('Cảnh báo')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Đến ô E6 trang tính Chỉ tiêu' }));
    await waitFor(() => expect(host.selected).toEqual([['Chỉ tiêu', 'E6']]));
  });

  it('asks before taking over a Kiểm tra sheet the user made, and replaces it only when told', async () => {
    const host = fakePlanHost({ check: [async () => { throw new SheetsNotOwned(['Kiểm tra']); }, async () => { throw new SheetsNotOwned(['Kiểm tra']); }, outcome([])] });
    render(<App host={host} />);
    await openTab('Kiểm tra');
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByText('Có trang tính trùng tên do bạn tạo')).toBeTruthy();
    expect(screen.getByText(/đã có trang tính "Kiểm tra" do bạn tạo/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(screen.queryByText('Có trang tính trùng tên do bạn tạo')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Thay thế' }));
    expect(await screen.findByText('Không phát hiện lỗi nào.')).toBeTruthy();
    // Nothing to fix: the next step is offered.
    expect(screen.getByText('Tiếp theo: gửi mẫu báo cáo cho các đơn vị ở thẻ Tổng hợp.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sang thẻ Tổng hợp' })).toBeTruthy();
    expect(host.checkCalls.map((c) => c.takeOver ?? false)).toEqual([false, false, true]);
  });

  it('says so when nothing is wrong, and speaks English when switched', async () => {
    const host = fakePlanHost({ check: [outcome([]), outcome([f('error', 'Chỉ tiêu', 'A5', 'Trùng mã')])] });
    render(<App host={host} />);
    await openTab('Kiểm tra');
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByText('Không phát hiện lỗi nào.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Ngôn ngữ'), { target: { value: 'en' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText('EN Trùng mã')).toBeTruthy();
    expect(screen.getByText('Error')).toBeTruthy();
  });

  it('in the standalone page, checks a chosen file and offers no cell links', async () => {
    const host = fakePlanHost({ kind: 'file', check: [outcome([f('error', 'Chỉ tiêu', 'E6', 'Sai kiểu')])] });
    render(<App host={host} />);
    await openTab('Kiểm tra');
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByText('Hãy chọn tệp bảng kế hoạch.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Chọn bảng kế hoạch (.xlsx)…'), { target: { files: [new File(['x'], 'kh.xlsx')] } });
    await screen.findByText('Bảng kế hoạch: kh.xlsx — dùng cho mọi thẻ, không cần chọn lại.');
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByText('Sai kiểu')).toBeTruthy();
    expect(host.checkCalls[0].planFile?.name).toBe('kh.xlsx');
    expect(screen.queryByRole('button', { name: /Đến ô/ })).toBeNull();
  });
});
