import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/ui/App';
import { parsePlanText } from '../../../src/domain/parse/parsePlanText';
import { fakePlanHost, scaffoldDone } from '../../support/fakePlanHost';
import { openTab } from '../../support/openTab';

const wardPlan = readFileSync(join(__dirname, '../../fixtures/ke-hoach-nam-2026.txt'), 'utf8');

function paste(text: string) {
  fireEvent.change(screen.getByRole('textbox', { name: 'Hoặc dán nội dung văn bản' }), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Đọc văn bản đã dán' }));
}

describe('ImportPanel', () => {
  it('shows what it recognised in pasted text before writing, then writes the parsed plan', async () => {
    const host = fakePlanHost({ scaffold: [scaffoldDone] });
    render(<App host={host} />);
    await openTab('Từ văn bản');
    paste(wardPlan);
    const expected = parsePlanText(wardPlan);
    const review = await screen.findByRole('region', { name: 'Đã nhận ra' });
    expect(within(review).getByText(new RegExp(`^${expected.targets.length} chỉ tiêu · ${expected.tasks.length} nhiệm vụ`))).toBeTruthy();
    expect(within(review).getByText('Kỳ: năm 2026')).toBeTruthy();
    expect(host.calls).toHaveLength(0);
    // The unit is prefilled from the document and stays editable.
    expect((screen.getByRole('textbox', { name: /Tên đơn vị ban hành/ }) as HTMLInputElement).value).toBe('Công đoàn phường Bình Minh');
    fireEvent.change(screen.getByRole('textbox', { name: /Đơn vị cấp trên/ }), { target: { value: 'LĐLĐ tỉnh Đông Nam' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo bảng kế hoạch từ văn bản' }));
    expect(await screen.findByText('Đã tạo bảng kế hoạch')).toBeTruthy();
    const plan = host.calls[0].plan;
    expect(plan.info).toMatchObject({ issuingBody: 'Công đoàn phường Bình Minh', superiorBody: 'LĐLĐ tỉnh Đông Nam', number: expected.info.number, period: { kind: 'year', from: '2026-01', to: '2026-12' } });
    expect(plan.targets.map((t) => t.text)).toEqual(expected.targets.map((t) => t.text));
    expect(plan.tasks.length).toBeGreaterThanOrEqual(expected.tasks.length);
  });

  it('reads a chosen .txt file the same way', async () => {
    const host = fakePlanHost({ scaffold: [scaffoldDone] });
    render(<App host={host} />);
    await openTab('Từ văn bản');
    const file = new File([wardPlan], 'ke-hoach.txt', { type: 'text/plain' });
    fireEvent.change(screen.getByLabelText('Chọn tệp kế hoạch (.docx, .txt)…'), { target: { files: [file] } });
    const review = await screen.findByRole('region', { name: 'Đã nhận ra' });
    expect(within(review).getByText('Đã nhận ra: ke-hoach.txt')).toBeTruthy();
  });

  it('asks for the period when the document does not state one, and checks what is typed', async () => {
    const host = fakePlanHost({ scaffold: [scaffoldDone] });
    render(<App host={host} />);
    await openTab('Từ văn bản');
    paste('CÔNG ĐOÀN TRƯỜNG TIỂU HỌC AN PHÚ\n\nKẾ HOẠCH\n\n1. Công tác chăm lo\n- Thăm hỏi đoàn viên ốm đau. Thời gian: thường xuyên.\n- Tặng quà nữ đoàn viên nhân dịp 8/3.\n');
    expect(await screen.findByText('Không nhận ra kỳ kế hoạch: hãy nhập kỳ bên dưới.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tạo bảng kế hoạch từ văn bản' }));
    expect(await screen.findByText('Kỳ phải có dạng 2026, 2025-2026 hoặc 2025-2030.')).toBeTruthy();
    expect(host.calls).toHaveLength(0);
    fireEvent.change(screen.getByRole('textbox', { name: /Kỳ kế hoạch/ }), { target: { value: '2026-2027' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo bảng kế hoạch từ văn bản' }));
    await waitFor(() => expect(host.calls).toHaveLength(1));
    const plan = host.calls[0].plan;
    expect(plan.info.period).toEqual({ kind: 'school-year', from: '2026-09', to: '2027-08' });
    // The typed period places "8/3" in the school year's second calendar year.
    expect(plan.tasks.map((t) => [t.frequency, t.start])).toEqual([['continuous', null], ['scheduled', '2027-03']]);
  });

  it('reads legacy-font (TCVN3) text once converted', async () => {
    render(<App host={fakePlanHost({ scaffold: [scaffoldDone] })} />);
    await openTab('Từ văn bản');
    paste('KÕ ho¹ch c«ng t¸c c«ng ®oµn n¨m 2026\nII. CHØ TI£U\n- Ph¸t triÓn ®oµn viªn míi: t¨ng thªm 85 ®oµn viªn.\n');
    const review = await screen.findByRole('region', { name: 'Đã nhận ra' });
    expect(within(review).getByText(/^1 chỉ tiêu/)).toBeTruthy();
  });

  it('refuses text mixing legacy and Unicode letters inside its lines with what to do, and writes nothing', async () => {
    const host = fakePlanHost({});
    render(<App host={host} />);
    await openTab('Từ văn bản');
    const mixed = 'Ph¸t triÓn ®oµn viªn míi t¨ng thªm đoàn viên ở các tổ công đoàn';
    paste(`KÕ ho¹ch c«ng t¸c c«ng ®oµn n¨m 2026\n${mixed}\n${mixed}\n${mixed}\n`);
    expect(await screen.findByText('Không đọc được văn bản')).toBeTruthy();
    expect(screen.getByText(/Unicode/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tạo bảng kế hoạch từ văn bản' })).toBeNull();
  });

  it('names a file it cannot read', async () => {
    render(<App host={fakePlanHost({})} />);
    await openTab('Từ văn bản');
    const file = new File(['not a zip'], 'ke-hoach.docx');
    fireEvent.change(screen.getByLabelText('Chọn tệp kế hoạch (.docx, .txt)…'), { target: { files: [file] } });
    expect(await screen.findByText(/"ke-hoach.docx" không phải tệp Word/)).toBeTruthy();
  });

  it('offers no Tạo when it recognised no target and no task, and says what to do instead', async () => {
    const host = fakePlanHost({});
    render(<App host={host} />);
    await openTab('Từ văn bản');
    paste('GIẤY MỜI\n');
    expect(await screen.findByText('Không nhận ra chỉ tiêu hay nhiệm vụ nào')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tạo bảng kế hoạch từ văn bản' })).toBeNull();
    expect(host.calls).toHaveLength(0);
  });

  it('keeps the unit name the user typed when another document is read; the period hint follows the document', async () => {
    render(<App host={fakePlanHost({})} />);
    await openTab('Từ văn bản');
    paste(wardPlan);
    await screen.findByRole('region', { name: 'Đã nhận ra' });
    expect(screen.getByText(/^Để trống để dùng kỳ trong văn bản \(năm 2026\)/)).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Tên đơn vị ban hành/ }), { target: { value: 'Công đoàn phường An Khánh' } });
    paste('CÔNG ĐOÀN TRƯỜNG TIỂU HỌC AN PHÚ\n\nKẾ HOẠCH\n\n1. Công tác chăm lo\n- Thăm hỏi đoàn viên ốm đau. Thời gian: thường xuyên.\n');
    expect(await screen.findByText('Văn bản không ghi kỳ: hãy nhập 2026 (năm), 2025-2026 (năm học) hoặc 2025-2030 (nhiệm kỳ).')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /Tên đơn vị ban hành/ }) as HTMLInputElement).value).toBe('Công đoàn phường An Khánh');
  });
});
