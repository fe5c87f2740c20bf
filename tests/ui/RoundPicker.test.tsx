import { fireEvent, render, screen } from '@testing-library/react';
import { demoWardPlan } from '../../src/demo/demoPlan';
import { RoundPicker } from '../../src/ui/RoundPicker';

const rounds = demoWardPlan().rounds!;

describe('RoundPicker', () => {
  it('offers the plan\'s rounds with their cut-off, and the whole period', () => {
    const picked: (string | null)[] = [];
    render(<RoundPicker rounds={rounds} value={null} onChange={(c) => picked.push(c)} />);
    const select = screen.getByRole('combobox', { name: /Kỳ báo cáo/ }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Cả kỳ kế hoạch', '6T – 6 tháng đầu năm 2026 (số liệu đến 31/05/2026)', 'CN – Năm 2026 (số liệu đến 30/11/2026)']);
    fireEvent.change(select, { target: { value: 'CN' } });
    fireEvent.change(select, { target: { value: '' } });
    expect(picked).toEqual(['CN', null]);
  });

  it('speaks English when asked', () => {
    render(<RoundPicker rounds={rounds} value="6T" onChange={() => undefined} lang="en" allowWhole={false} />);
    expect((screen.getByRole('combobox', { name: /Reporting round/ }) as HTMLSelectElement).value).toBe('6T');
  });
});
