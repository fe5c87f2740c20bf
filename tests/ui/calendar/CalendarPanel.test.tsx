import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../../src/ui/App';
import { UserError } from '../../../src/domain/userError';
import type { CalendarOutcome } from '../../../src/app/calendar';
import { fakePlanHost } from '../../support/fakePlanHost';
import { openTab } from '../../support/openTab';

const rebuilt = (over: Partial<CalendarOutcome> = {}) => async (): Promise<CalendarOutcome> => ({ sheets: ['Lịch tháng', 'Lịch công tác'], months: 12, perYear: false, skipped: [], printArea: null, ...over });

describe('CalendarPanel', () => {
  it('rebuilds the calendar sheets of the open workbook', async () => {
    const host = fakePlanHost({ calendar: [rebuilt()] });
    render(<App host={host} />);
    await openTab('Lịch tháng');
    fireEvent.click(screen.getByRole('button', { name: 'Tạo lại lịch' }));
    expect(await screen.findByText('Đã tạo lại: Lịch tháng, Lịch công tác (12 tháng).')).toBeTruthy();
    expect(host.calendarCalls[0].month).toBeNull();
  });

  it('selects one month for printing and says how to print it', async () => {
    const host = fakePlanHost({ calendar: [rebuilt({ printArea: 'A40:E52' })] });
    render(<App host={host} />);
    await openTab('Lịch tháng');
    fireEvent.change(screen.getByRole('textbox', { name: /Tháng cần in/ }), { target: { value: '11/2025' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo lại lịch và chọn tháng 11/2025 để in' }));
    expect(await screen.findByText('Lịch tháng 11/2025 đã được chọn làm vùng in: nhấn Ctrl+P để in.')).toBeTruthy();
    expect(host.calendarCalls[0].month).toBe('2025-11');
  });

  it('checks the month before calling the host', async () => {
    const host = fakePlanHost({});
    render(<App host={host} />);
    await openTab('Lịch tháng');
    fireEvent.change(screen.getByRole('textbox', { name: /Tháng cần in/ }), { target: { value: '13/2025' } });
    expect(screen.getByText('Tháng phải có dạng 11/2026.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tạo lại lịch' }));
    expect(host.calendarCalls).toHaveLength(0);
  });

  it('shows which cells stop the plan from being read', async () => {
    const err = new UserError('plan-unreadable', 'Bảng kế hoạch có 1 lỗi cần sửa trước:\n  - Nhiệm vụ!G5: "tháng ba" không phải là tháng/năm', 'x');
    render(<App host={fakePlanHost({ calendar: [async () => { throw err; }] })} />);
    await openTab('Lịch tháng');
    fireEvent.click(screen.getByRole('button', { name: 'Tạo lại lịch' }));
    expect(await screen.findByText(/Nhiệm vụ!G5/)).toBeTruthy();
  });

  it('in the standalone page, asks for the plan workbook and downloads the schedule', async () => {
    const host = fakePlanHost({ calendar: [rebuilt({ fileName: 'lich-cong-tac-2026.xlsx', sheets: ['Lịch công tác'] })], kind: 'file' });
    render(<App host={host} />);
    await openTab('Lịch tháng');
    fireEvent.click(screen.getByRole('button', { name: 'Tải về lịch công tác' }));
    expect(await screen.findByText('Hãy chọn tệp bảng kế hoạch.')).toBeTruthy();
    expect(host.calendarCalls).toHaveLength(0);
    const file = new File([new Uint8Array([80, 75, 3, 4])], 'ke-hoach.xlsx');
    fireEvent.change(screen.getByLabelText('Chọn bảng kế hoạch (.xlsx)…'), { target: { files: [file] } });
    expect(await screen.findByText('Bảng kế hoạch: ke-hoach.xlsx — dùng cho mọi thẻ, không cần chọn lại.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tải về lịch công tác' }));
    await waitFor(() => expect(host.calendarCalls).toHaveLength(1));
    expect(host.calendarCalls[0].planFile).toEqual({ name: 'ke-hoach.xlsx', data: new Uint8Array([80, 75, 3, 4]) });
    expect(await screen.findByText('Đã tải xuống tệp lich-cong-tac-2026.xlsx. Mở tệp bằng Excel hoặc LibreOffice.')).toBeTruthy();
  });
});
