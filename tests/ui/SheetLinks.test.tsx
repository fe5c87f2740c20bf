import { fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/ui/App';
import { SheetLinks } from '../../src/ui/SheetLinks';
import { fakePlanHost, scaffoldDone } from '../support/fakePlanHost';

describe('SheetLinks', () => {
  it('goes to each sheet an action wrote', async () => {
    const host = fakePlanHost({ scaffold: [scaffoldDone] });
    render(<App host={host} />);
    fireEvent.change(screen.getByRole('textbox', { name: /Tên đơn vị ban hành/ }), { target: { value: 'Công đoàn phường An Khánh' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo bảng kế hoạch' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Đi tới trang tính Chỉ tiêu' }));
    expect(await screen.findByRole('button', { name: 'Đi tới trang tính Thông tin' })).toBeTruthy();
    expect(host.selected).toEqual([['Chỉ tiêu', 'A1']]);
  });

  it('says why it could not go there', async () => {
    const host = fakePlanHost();
    host.select = async () => { throw new Error('gone'); };
    render(<SheetLinks host={host} sheets={['Tổng hợp']} />);
    fireEvent.click(screen.getByRole('button', { name: 'Đi tới trang tính Tổng hợp' }));
    // In words the user can act on, the browser's own in small print.
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Việc này chưa làm xong do một lỗi không lường trước\..*Mã lỗi \(cho người hỗ trợ\): Error: gone$/);
  });

  it('shows nothing in the standalone page, which has no open workbook', () => {
    const { container } = render(<SheetLinks host={fakePlanHost({ kind: 'file' })} sheets={['Tổng hợp']} />);
    expect(container.innerHTML).toBe('');
  });
});
