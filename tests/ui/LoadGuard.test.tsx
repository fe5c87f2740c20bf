import { render, screen } from '@testing-library/react';
import { LoadGuard } from '../../src/ui/LoadGuard';

function Boom(): never {
  throw new TypeError('win.ResizeObserver is not a constructor');
}

describe('LoadGuard', () => {
  it('tells a panel that failed to draw from one that failed to load, quoting the browser', () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<LoadGuard lang="vi"><Boom /></LoadGuard>);
    expect(screen.getByText('Phần này của ngăn gặp lỗi')).toBeTruthy();
    expect(screen.getByText(/^Trình duyệt trong Excel báo lỗi \(win\.ResizeObserver is not a constructor\)\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tải lại ngăn' })).toBeTruthy();
    quiet.mockRestore();
  });

  it('shows its panel when nothing fails', () => {
    render(<LoadGuard lang="en"><p>panel</p></LoadGuard>);
    expect(screen.getByText('panel')).toBeTruthy();
  });
});
