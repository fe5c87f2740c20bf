import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../../src/ui/App';
import { UserError } from '../../../src/domain/userError';
import { fakePlanHost as fakeHost, scaffoldDone as done } from '../../support/fakePlanHost';
import { defaultFirstYear, periodFromChoice } from '../../../src/app/planInput';

describe('ScaffoldPanel', () => {
  it('asks for the unit name before calling the host', async () => {
    const host = fakeHost({});
    render(<App host={host} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tạo bảng kế hoạch' }));
    expect(await screen.findByText('Hãy nhập tên đơn vị.')).toBeTruthy();
    expect(host.calls).toHaveLength(0);
  });

  it('creates a school-year plan for the unit and reports success', async () => {
    const host = fakeHost({ scaffold: [done] });
    render(<App host={host} />);
    fireEvent.change(screen.getByLabelText('Loại kỳ kế hoạch'), { target: { value: 'school-year' } });
    fireEvent.change(screen.getByLabelText('Năm bắt đầu'), { target: { value: '2025' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Tên đơn vị ban hành/ }), { target: { value: '  CĐCS  Trường A ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo bảng kế hoạch' }));
    expect(await screen.findByText('Đã tạo bảng kế hoạch')).toBeTruthy();
    expect(host.calls[0].plan.info).toMatchObject({ issuingBody: 'CĐCS Trường A', period: { kind: 'school-year', from: '2025-09', to: '2026-08' } });
    expect(host.calls[0].options.replace).toBe(false);
  });

  it('asks before replacing existing sheets and replaces only after consent', async () => {
    const host = fakeHost({ scaffold: [async () => ({ status: 'needs-consent', existing: ['Nhiệm vụ'], foreign: [] }), done] });
    render(<App host={host} />);
    fireEvent.change(screen.getByRole('textbox', { name: /Tên đơn vị ban hành/ }), { target: { value: 'CĐ phường X' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo bảng kế hoạch' }));
    expect(await screen.findByText('Các trang tính này đã có')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Thay thế' }));
    await waitFor(() => expect(host.calls).toHaveLength(2));
    expect(host.calls[1].options.replace).toBe(true);
    expect(await screen.findByText('Đã tạo bảng kế hoạch')).toBeTruthy();
  });

  it('shows the host error in plain Vietnamese, or English when switched', async () => {
    const err = new UserError('excel-InvalidOperationInCellEditMode', 'Excel đang ở chế độ sửa ô.', 'Excel is in cell-edit mode.');
    const host = fakeHost({ scaffold: [async () => { throw err; }, async () => { throw err; }] });
    render(<App host={host} />);
    fireEvent.change(screen.getByRole('textbox', { name: /Tên đơn vị ban hành/ }), { target: { value: 'X' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo bảng kế hoạch' }));
    expect(await screen.findByText('Excel đang ở chế độ sửa ô.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Ngôn ngữ'), { target: { value: 'en' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create plan sheets' }));
    expect(await screen.findByText('Excel is in cell-edit mode.')).toBeTruthy();
  });
});

describe('period choice', () => {
  it('builds the period from kind and first year', () => {
    expect(periodFromChoice('term', 2025)).toEqual({ kind: 'term', from: '2025-01', to: '2030-12' });
    expect(periodFromChoice('year', 1800)).toBeNull();
  });
  it('suggests the plan being written now', () => {
    expect(defaultFirstYear('year', new Date(2026, 10, 22))).toBe(2027);
    expect(defaultFirstYear('year', new Date(2026, 2, 1))).toBe(2026);
    expect(defaultFirstYear('school-year', new Date(2026, 10, 22))).toBe(2026);
    expect(defaultFirstYear('school-year', new Date(2026, 2, 1))).toBe(2025);
    expect(defaultFirstYear('term', new Date(2026, 10, 22))).toBe(2025);
  });
});
