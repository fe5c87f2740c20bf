import { fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/ui/App';
import { fakePlanHost } from '../support/fakePlanHost';
import { openTab } from '../support/openTab';

// The check panel's code "fails to download", as on a dropped connection.
jest.mock('../../src/ui/check/CheckPanel', () => { throw new Error('ChunkLoadError: Loading chunk panel-check failed.'); });

describe('App', () => {
  it('opens in Vietnamese on the first tab and switches every word to English', async () => {
    render(<App host={fakePlanHost()} />);
    expect(screen.getByRole('heading', { name: 'Tạo bảng kế hoạch' })).toBeTruthy();
    for (const name of ['Tạo mới', 'Từ văn bản', 'Lịch tháng', 'Kiểm tra', 'Tổng hợp']) expect(screen.getByRole('tab', { name })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Tạo mới' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.change(screen.getByRole('combobox', { name: 'Ngôn ngữ' }), { target: { value: 'en' } });
    expect(screen.getByRole('heading', { name: 'Create plan sheets' })).toBeTruthy();
    await openTab('Consolidate');
    expect(screen.getByRole('heading', { name: 'Consolidate member reports' })).toBeTruthy();
  });

  it('says a tab did not load and offers a reload, instead of going blank', async () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<App host={fakePlanHost()} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    expect(await screen.findByText('Không tải được phần này của ngăn')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tải lại ngăn' })).toBeTruthy();
    // The other tabs still work.
    await openTab('Lịch tháng');
    expect(screen.getByRole('heading', { name: 'Lịch tháng và lịch công tác' })).toBeTruthy();
    quiet.mockRestore();
  });
});
