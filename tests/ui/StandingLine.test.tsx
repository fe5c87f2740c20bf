import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Standing } from '../../src/app/standing';
import { App } from '../../src/ui/App';
import { fakePlanHost, NO_PLAN, scaffoldDone } from '../support/fakePlanHost';
import { openTab } from '../support/openTab';

const ward = { org: 'Công đoàn phường An Khánh', periodLabel: 'năm 2026', periodCode: '2026', targets: 7, tasks: 12, units: 6 };
const withPlan = (more: Partial<Standing> = {}): Standing => ({ ...NO_PLAN, plan: ward, ...more });
const selected = (name: string) => screen.getByRole('tab', { name }).getAttribute('aria-selected');

describe('the line that says where the user stands', () => {
  it('a plan in Vietnamese, then in English; the next step opens Tổng hợp', async () => {
    const host = fakePlanHost({ standing: withPlan() });
    render(<App host={host} />);
    expect(await screen.findByText(/Sổ làm việc đã có kế hoạch của Công đoàn phường An Khánh, năm 2026: 7 chỉ tiêu, 12 nhiệm vụ, 6 đơn vị\./)).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Ngôn ngữ' }), { target: { value: 'en' } });
    expect(screen.getByText(/This workbook holds the plan of Công đoàn phường An Khánh for 2026: 7 targets, 12 tasks, 6 units\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next: make the report forms' }));
    await waitFor(() => expect(selected('Consolidate')).toBe('true'));
    await waitFor(() => expect(document.getElementById('step-forms-title')?.getAttribute('aria-expanded')).toBe('true'));
    // Tổng hợp says it in its own steps: no line there.
    expect(screen.queryByText(/This workbook holds the plan/)).toBeNull();
    expect(host.standingCalls).toHaveLength(1);
  });

  it('no plan: on Lịch tháng and Kiểm tra the link leads to Tạo mới; Tạo mới itself offers none', async () => {
    const host = fakePlanHost();
    render(<App host={host} />);
    expect(await screen.findByText('Sổ làm việc chưa có bảng kế hoạch: bắt đầu ở thẻ Tạo mới hoặc Từ văn bản.')).toBeTruthy();
    // Tạo mới's first action is its own: the line adds no link beside it.
    expect(screen.queryByRole('button', { name: 'Mở thẻ Tạo mới' })).toBeNull();
    await openTab('Lịch tháng');
    fireEvent.click(await screen.findByRole('button', { name: 'Mở thẻ Tạo mới' }));
    await waitFor(() => expect(selected('Tạo mới')).toBe('true'));
    // Each tab opened reads it again (another tab may have changed the workbook).
    expect(host.standingCalls.length).toBeGreaterThanOrEqual(3);
  });

  it('forms made, consolidated, report written: each names the step after it', async () => {
    for (const [standing, text, link, step] of [
      [withPlan({ formSheets: 6 }), 'Đã có 6 mẫu báo cáo.', 'Tiếp theo: nhận báo cáo', 'members'],
      [withPlan({ formSheets: 6, summary: true }), 'Đã tổng hợp.', 'Tiếp theo: viết báo cáo', 'report'],
      [withPlan({ formSheets: 6, summary: true, report: true }), 'Đã có báo cáo tổng hợp.', 'Mở thẻ Tổng hợp', 'report'],
    ] as const) {
      const { unmount } = render(<App host={fakePlanHost({ standing })} />);
      expect(await screen.findByText(new RegExp(text))).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: link }));
      await waitFor(() => expect(selected('Tổng hợp')).toBe('true'));
      // The step the line named is the one open.
      await waitFor(() => expect(document.getElementById(`step-${step}-title`)?.getAttribute('aria-expanded')).toBe('true'));
      unmount();
    }
  });

  it('plan sheets with errors: one line, and the way to Kiểm tra', async () => {
    render(<App host={fakePlanHost({ standing: { ...NO_PLAN, planErrors: 3 } })} />);
    expect(await screen.findByText(/Bảng kế hoạch có 3 lỗi cần sửa\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xem ở thẻ Kiểm tra' }));
    await waitFor(() => expect(selected('Kiểm tra')).toBe('true'));
  });

  it('a plan just made is read again', async () => {
    const host = fakePlanHost({ scaffold: [scaffoldDone] });
    render(<App host={host} />);
    await screen.findByText(/chưa có bảng kế hoạch/);
    fireEvent.change(screen.getByRole('textbox', { name: /Tên đơn vị ban hành/ }), { target: { value: 'Công đoàn phường An Khánh' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo bảng kế hoạch' }));
    await waitFor(() => expect(host.standingCalls).toHaveLength(2));
  });

  it('the standalone page: the plan file is chosen once for every tab, and named once chosen', async () => {
    const host = fakePlanHost({ kind: 'file', standing: withPlan() });
    render(<App host={host} />);
    expect(screen.getByText('Chưa chọn tệp bảng kế hoạch. Tệp chọn một lần được dùng cho mọi thẻ.')).toBeTruthy();
    expect(host.standingCalls).toHaveLength(0);
    await openTab('Kiểm tra');
    fireEvent.change(screen.getByLabelText('Chọn bảng kế hoạch (.xlsx)…'), { target: { files: [new File(['x'], 'ke-hoach-2026.xlsx')] } });
    expect(await screen.findByText(/Tệp đã chọn có kế hoạch của Công đoàn phường An Khánh, năm 2026: 7 chỉ tiêu/)).toBeTruthy();
    expect(host.standingCalls[0].planFile?.name).toBe('ke-hoach-2026.xlsx');
  });
});
