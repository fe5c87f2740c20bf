import { render, screen } from '@testing-library/react';
import { OfficeUnavailable } from '../../src/ui/OfficeUnavailable';

describe('OfficeUnavailable', () => {
  it('office.js blocked: says what happened and what to do, in both languages, with the browser version', () => {
    render(<OfficeUnavailable problem="missing" pageUrl="https://example.test/index.html" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Chưa kết nối được với Excel' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Could not connect to Excel' })).toBeTruthy();
    expect(screen.getByText(/cho phép địa chỉ appsforoffice\.microsoft\.com/)).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'https://example.test/index.html' })).toHaveLength(2);
  });

  it('Office never ready: English first for an English browser', () => {
    render(<OfficeUnavailable problem="timeout" pageUrl="https://example.test/index.html" first="en" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Excel has not answered' })).toBeTruthy();
    expect(screen.getByText(/Home tab, the Plan button/)).toBeTruthy();
  });
});
