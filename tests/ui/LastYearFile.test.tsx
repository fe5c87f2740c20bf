import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { LastYearFile } from '../../src/ui/LastYearFile';

describe('LastYearFile', () => {
  it('takes an .xlsx as bytes, refuses anything else, and can be cleared', async () => {
    const got: unknown[] = [];
    const { rerender } = render(<LastYearFile value={null} onChange={(f) => got.push(f)} />);
    const input = screen.getByLabelText('Chọn tệp tổng hợp năm trước', { selector: 'input' });
    fireEvent.change(input, { target: { files: [new File(['x'], 'tong-hop-2025.pdf')] } });
    expect((await screen.findByText(/không phải tệp .xlsx/)).textContent).toContain('tong-hop-2025.pdf');
    fireEvent.change(input, { target: { files: [new File([new Uint8Array([80, 75])], 'tong-hop-2025.xlsx')] } });
    await waitFor(() => expect(got).toEqual([{ name: 'tong-hop-2025.xlsx', data: new Uint8Array([80, 75]) }]));
    expect(screen.queryByText(/không phải tệp .xlsx/)).toBeNull();
    rerender(<LastYearFile value={{ name: 'tong-hop-2025.xlsx', data: new Uint8Array() }} onChange={(f) => got.push(f)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ so sánh' }));
    expect(got.at(-1)).toBeNull();
  });
});
