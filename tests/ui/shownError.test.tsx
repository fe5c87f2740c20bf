import { fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/ui/App';
import { UserError } from '../../src/domain/userError';
import { excelUserError } from '../../src/hosts/excel/errors';
import { planMissingError } from '../../src/sheets/read/planReadError';
import { fakePlanHost } from '../support/fakePlanHost';
import { openTab } from '../support/openTab';

const noPlan = async () => { throw planMissingError(['Thông tin', 'Chỉ tiêu', 'Nhiệm vụ']); };

describe('an error with its way out', () => {
  it('no plan: one sentence and a button to the tab that makes one', async () => {
    const host = fakePlanHost({ check: [noPlan] });
    render(<App host={host} />);
    await openTab('Kiểm tra');
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    const alert = await screen.findByText(/chưa có bảng kế hoạch/);
    expect(alert.textContent).not.toMatch(/lỗi cần sửa/);
    fireEvent.click(screen.getByRole('button', { name: 'Tạo bảng kế hoạch' }));
    expect(screen.getByRole('tab', { name: 'Tạo mới' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('heading', { name: 'Tạo bảng kế hoạch' })).toBeTruthy();
  });

  it('no unit yet (Excel): a button that opens the Đơn vị sheet', async () => {
    const host = fakePlanHost({ forms: [async () => { throw new UserError('units-missing', 'Trang "Đơn vị" chưa có đơn vị nào.', 'x', { sheet: 'Đơn vị' }); }] });
    render(<App host={host} />);
    await openTab('Tổng hợp');
    fireEvent.click(screen.getByRole('button', { name: 'Tạo mẫu báo cáo' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Mở trang tính Đơn vị' }));
    expect(host.selected).toEqual([['Đơn vị', 'A1']]);
  });

  it('no consolidation yet: the report step leads to step 3', async () => {
    const host = fakePlanHost({ report: [async () => { throw new UserError('summary-unreadable', 'Chưa có trang "Tổng hợp".', 'x'); }] });
    render(<App host={host} />);
    await openTab('Tổng hợp');
    fireEvent.click(screen.getByRole('button', { name: /^4\. Báo cáo/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Tạo báo cáo tổng hợp' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Đến bước Tổng hợp' }));
    expect(screen.getByRole('button', { name: /^3\. Tổng hợp/ }).getAttribute('aria-expanded')).toBe('true');
  });

  it("Office's own words never reach the user: a Vietnamese sentence, the code in small print", async () => {
    const host = fakePlanHost({ check: [async () => { throw excelUserError({ code: 'InvalidArgument', message: 'bad address C5:B5' }); }] });
    render(<App host={host} />);
    await openTab('Kiểm tra');
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByText(/^Excel chưa làm được việc này/)).toBeTruthy();
    expect(screen.getByText('Mã lỗi (cho người hỗ trợ): InvalidArgument: bad address C5:B5')).toBeTruthy();
    expect(screen.queryByText(/^Excel báo lỗi/)).toBeNull();
  });
});
