import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ConsolidateOutcome } from '../../../src/app/consolidate';
import type { ReportOutcome } from '../../../src/app/report';
import { demoWardPlan } from '../../../src/demo/demoPlan';
import { consolidate } from '../../../src/domain/report/consolidate';
import { App } from '../../../src/ui/App';
import { fakePlanHost } from '../../support/fakePlanHost';
import { openTab } from '../../support/openTab';

const plan = demoWardPlan();
const rounds = plan.rounds!;
const c = consolidate({ targets: plan.targets, units: plan.units, reports: [], periodCode: '2026', levels: plan.ratingLevels });
const file = (name: string, byte: number) => ({ name, data: new Uint8Array([byte]) });
const consolidated = (made: { name: string; data: Uint8Array }) => async (): Promise<ConsolidateOutcome> =>
  ({ consolidation: c, findings: [], sheets: [], reportSheets: 0, skipped: [], fileName: made.name, files: [made] });
const reported = async (): Promise<ReportOutcome> => ({ status: 'done', sheets: [], skipped: [], findings: [], kept: 0, copy: null, fileName: 'bao-cao.xlsx' } as unknown as ReportOutcome);

describe('Tổng hợp by reporting round (docs/rounds.md)', () => {
  it('offers no round picker while there is no plan to read them from', async () => {
    const host = fakePlanHost({ kind: 'file', rounds });
    render(<App host={host} />);
    await openTab('Tổng hợp');
    expect(screen.queryByRole('combobox', { name: /Kỳ báo cáo/ })).toBeNull();
    expect(host.roundsCalls).toEqual([]);
  });

  it('on the page: forms, consolidation and report of the chosen round; last year compared; the second round joins the first one\'s file', async () => {
    const first = file('tong-hop-2026-6T.xlsx', 6);
    const both = file('tong-hop-2026-CN.xlsx', 7);
    const host = fakePlanHost({
      kind: 'file', rounds,
      forms: [async () => ({ status: 'done', units: 6, targets: 7, sheets: [], skipped: [], fileName: 'mau.zip' })],
      consolidate: [consolidated(first), consolidated(both)],
      report: [reported],
    });
    render(<App host={host} />);
    await openTab('Tổng hợp');
    fireEvent.change(screen.getByLabelText('Chọn bảng kế hoạch (.xlsx)…'), { target: { files: [new File([new Uint8Array([1])], 'kh.xlsx')] } });
    const picker = await screen.findByRole('combobox', { name: /Kỳ báo cáo/ }) as HTMLSelectElement;
    expect(host.roundsCalls.at(-1)?.planFile?.name).toBe('kh.xlsx');
    fireEvent.change(picker, { target: { value: '6T' } });

    fireEvent.click(screen.getByRole('button', { name: /^1\. Mẫu báo cáo/ }));
    fireEvent.click(screen.getAllByRole('button', { name: /Tạo mẫu báo cáo/ })[0]);
    await waitFor(() => expect(host.formsCalls).toHaveLength(1));
    expect(host.formsCalls[0].round).toBe('6T');

    fireEvent.click(screen.getByRole('button', { name: /^2\. Nhận báo cáo/ }));
    fireEvent.change(screen.getByLabelText('Chọn tệp báo cáo…'), { target: { files: [new File(['y'], 'a.xlsx')] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Tiếp: Tổng hợp' }));
    fireEvent.change(screen.getByLabelText('Chọn tệp tổng hợp năm trước', { selector: 'input' }), { target: { files: [new File([new Uint8Array([5])], 'tong-hop-2025.xlsx')] } });
    await screen.findByText('tong-hop-2025.xlsx');
    fireEvent.click(screen.getByRole('button', { name: 'Tổng hợp' }));
    await waitFor(() => expect(host.consolidateCalls).toHaveLength(1));
    expect(host.consolidateCalls[0]).toMatchObject({ round: '6T', compare: { name: 'tong-hop-2025.xlsx' } });
    expect(host.consolidateCalls[0].ontoFile).toBeUndefined();

    fireEvent.click(await screen.findByRole('button', { name: 'Tiếp: Báo cáo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tạo báo cáo tổng hợp' }));
    await waitFor(() => expect(host.reportCalls).toHaveLength(1));
    expect(host.reportCalls[0]).toMatchObject({ round: '6T', summaryFile: { name: first.name } });

    // The year's round: step results and chosen files start afresh, and its consolidation joins the 6-month file.
    fireEvent.change(picker, { target: { value: 'CN' } });
    fireEvent.click(screen.getByRole('button', { name: /^2\. Nhận báo cáo/ }));
    expect(screen.queryByText('Đã chọn 1 tệp.')).toBeNull();
    fireEvent.change(screen.getByLabelText('Chọn tệp báo cáo…'), { target: { files: [new File(['w'], 'b.xlsx')] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Tiếp: Tổng hợp' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tổng hợp' }));
    await waitFor(() => expect(host.consolidateCalls).toHaveLength(2));
    expect(host.consolidateCalls[1]).toMatchObject({ round: 'CN', memberFiles: [{ name: 'b.xlsx' }], summaryFile: { name: first.name }, ontoFile: { name: first.name } });
  });

  it('in Excel, reads the rounds from the open workbook and asks for the whole period until one is chosen', async () => {
    const host = fakePlanHost({ rounds, forms: [async () => ({ status: 'done', units: 6, targets: 7, sheets: ['BC DN01'], skipped: [] })] });
    render(<App host={host} />);
    await openTab('Tổng hợp');
    const picker = await screen.findByRole('combobox', { name: /Kỳ báo cáo/ }) as HTMLSelectElement;
    expect(picker.value).toBe('');
    fireEvent.click(screen.getAllByRole('button', { name: /Tạo mẫu báo cáo/ })[0]);
    await waitFor(() => expect(host.formsCalls).toHaveLength(1));
    expect(host.formsCalls[0].round).toBeUndefined();
  });
});
