import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli';
import { readWorkbookValues } from '../../src/files/readWorkbook';
import { readPlan } from '../../src/sheets/read/readPlan';
import { makeDocx } from '../support/docx';
import { execFileSync } from 'node:child_process';
import { findSoffice } from '../../src/cli/pdf';


const dir = mkdtempSync(join(tmpdir(), 'unionplan-parse-'));
const fixture = join(__dirname, '..', 'fixtures', 'ke-hoach-nam-2026.txt');

describe('unionplan parse', () => {
  it('prints the issue #3 JSON shape', async () => {
    const r = await cli('parse', fixture, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['info', 'targets', 'tasks', 'schedule', 'other', 'lines', 'warnings']);
    expect(json.other[0]).toMatchObject({ line: expect.any(Number), text: expect.any(String), reason: expect.any(String) });
    // Every non-blank line of the document is placed somewhere.
    const nonBlank = readFileSync(fixture, 'utf8').split('\n').flatMap((l, i) => (l.trim() ? [i + 1] : []));
    expect(json.lines.map((l: { line: number }) => l.line)).toEqual(nonBlank);
    expect(json.info).toMatchObject({ number: '07/KH-CĐP', place: 'Bình Minh', date: '2026-01-08', period: { kind: 'year', from: '2026-01', to: '2026-12' } });
    expect(json.targets[0]).toMatchObject({ text: expect.any(String), comparator: '>=', value: 85, percent: false, unit: 'đoàn viên', base: null });
    expect(json.tasks[0]).toMatchObject({ section: '1', text: expect.any(String), timing: { text: 'Thường xuyên', kind: 'continuous', months: expect.any(Array) } });
    expect(json.warnings[0]).toMatchObject({ code: 'timing-outside-period', message: expect.any(String), text: expect.any(String) });
  });

  it('lists in Vietnamese what it recognised and what it did not, with line numbers', async () => {
    const r = await cli('parse', fixture);
    expect(r.out).toContain('Đơn vị ban hành: Công đoàn phường Bình Minh (đọc từ phần đầu văn bản)');
    expect(r.out).toContain('Chỉ tiêu (7):');
    expect(r.out).toContain('dòng 20: ≥ 85 đoàn viên — Phát triển đoàn viên mới');
    expect(r.out).toContain('dòng 22: ≤ 0 CĐCS — không có CĐCS không hoàn thành nhiệm vụ');
    expect(r.out).toMatch(/Nhiệm vụ \(8, 6 có thời gian\):/);
    expect(r.out).toContain('dòng 37 [2]: 3/2026–9/2026 — Rà soát doanh nghiệp');
    expect(r.out).toContain('(mục đích, yêu cầu): Bám sát nhiệm vụ chính trị');
    expect(r.out).toContain('Cảnh báo [timing-outside-period] dòng 51');
    expect(r.out).toContain('Bảng kế hoạch (scaffold --from) sẽ có 7 chỉ tiêu và 8 nhiệm vụ');
  });

  it('counts the tasks exactly as scaffold --from then writes them, monthly schedule included', async () => {
    const sample = join(__dirname, '..', '..', '..', 'shared', 'samples', 'ke-hoach-cdcs-truong-hoc-2023-2024.txt');
    const listed = await cli('parse', sample);
    const m = /sẽ có (\d+) chỉ tiêu và (\d+) nhiệm vụ \((\d+) nhiệm vụ \+ (\d+) việc của lịch tháng\)/.exec(listed.out)!;
    expect(m).not.toBeNull();
    const out = join(dir, 'truong-hoc.xlsx');
    const r = await cli('scaffold', '--from', sample, '-o', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Đã đọc ${m[1]} chỉ tiêu, ${m[2]} nhiệm vụ (${m[3]} nhiệm vụ + ${m[4]} việc của lịch tháng)`);
    const { plan } = readPlan(await readWorkbookValues(readFileSync(out)));
    expect(plan!.tasks).toHaveLength(Number(m[2]));
    expect(plan!.targets).toHaveLength(Number(m[1]));
  });

  it('reads a .docx with automatic numbering and bullets', async () => {
    const file = join(dir, 'ke-hoach.docx');
    writeFileSync(file, await makeDocx([
      'Số: 02/KH-CĐCS', 'An Phú, ngày 05 tháng 01 năm 2026', 'KẾ HOẠCH', 'Hoạt động công đoàn năm 2026',
      'II. CHỈ TIÊU', { bullet: 'Kết nạp mới: tăng thêm 12 đoàn viên.' },
      'III. NHIỆM VỤ, GIẢI PHÁP', { numbered: 'Chăm lo đoàn viên' }, { bullet: 'Thăm hỏi đoàn viên ốm đau.' }, 'Thời gian thực hiện: Quý I/2026.',
    ]));
    const json = JSON.parse((await cli('parse', file, '--json')).out);
    expect(json.targets.map((t: { value: number }) => t.value)).toEqual([12]);
    expect(json.tasks).toMatchObject([{ section: '1', timing: { kind: 'months', months: ['2026-01', '2026-02', '2026-03'] } }]);
    // mammoth loads on the first .docx: seconds on a busy machine.
  }, 30_000);

  it('reads an old Word file (.doc) through LibreOffice', async () => {
    const docx = join(dir, 'cu-nguon.docx');
    writeFileSync(docx, await makeDocx(['Số: 03/KH-CĐCS', 'KẾ HOẠCH', 'Hoạt động công đoàn năm 2026', 'II. CHỈ TIÊU', { bullet: 'Kết nạp mới: tăng thêm 15 đoàn viên.' }]));
    const profile = mkdtempSync(join(tmpdir(), 'unionplan-test-lo-'));
    execFileSync(findSoffice()!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'doc:MS Word 97', '--outdir', dir, docx], { stdio: 'pipe', timeout: 120_000 });
    const json = JSON.parse((await cli('parse', join(dir, 'cu-nguon.doc'), '--json')).out);
    expect(json.info).toMatchObject({ number: '03/KH-CĐCS', period: { kind: 'year', from: '2026-01' } });
    expect(json.targets.map((t: { value: number }) => t.value)).toEqual([15]);
  }, 180_000);

  it.each([
    ['hong.docx', 'không phải tệp Word'],
    ['cu.doc', '.docx'],
    ['bang.xls', 'chỉ nhận tệp .docx, .doc hoặc .txt'],
  ])('refuses %s with a message naming the file', async (name, words) => {
    const file = join(dir, name);
    writeFileSync(file, 'not a document');
    const r = await cli('parse', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain(name);
    expect(r.err).toContain(words);
  });
});

describe('unionplan scaffold --from', () => {
  it('fills the targets and tasks sheets from the document', async () => {
    const out = join(dir, 'tu-van-ban.xlsx');
    const r = await cli('scaffold', '--from', fixture, '-o', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đơn vị ban hành: Công đoàn phường Bình Minh (đọc từ phần đầu văn bản).');
    expect(r.out).toContain('Đã đọc 7 chỉ tiêu, 8 nhiệm vụ, 1 cảnh báo');
    const { plan, findings } = readPlan(await readWorkbookValues(readFileSync(out)));
    expect(findings).toEqual([]);
    expect(plan!.info).toMatchObject({ issuingBody: 'Công đoàn phường Bình Minh', superiorBody: 'Liên đoàn Lao động tỉnh Đông Nam', number: '07/KH-CĐP', signerName: 'Phạm Văn Minh' });
    expect(plan!.targets).toHaveLength(7);
    expect(plan!.tasks[2]).toMatchObject({ start: '2026-03', end: '2026-09' });
  });

  it('asks for --org only when the document names its unit nowhere, saying where it looked', async () => {
    const r = await cli('scaffold', '--from', join(__dirname, '..', 'fixtures', 'ke-hoach-truong-2025-2026.txt'), '-o', join(dir, 'x.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('--org');
    expect(r.err).toContain('câu mở đầu');
  });

  it.each([
    ['ke-hoach-ldld-huyen-2024.txt', 'Liên đoàn Lao động huyện', 'câu mở đầu'],
    ['ke-hoach-cdcs-truong-hoc-2023-2024.txt', 'CĐCS trường THCS Mỹ Tú', 'câu mở đầu'],
    ['chuong-trinh-hanh-dong-nhiem-ky-2023-2028.txt', 'Công đoàn Viên chức tỉnh Bình Định', 'câu mở đầu'],
  ])('scaffolds the shared sample %s without --org', async (name, body, where) => {
    const out = join(dir, name.replace('.txt', '.xlsx'));
    const r = await cli('scaffold', '--from', join(__dirname, '..', '..', '..', 'shared', 'samples', name), '-o', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Đơn vị ban hành: ${body} (đọc từ ${where}).`);
    const { plan } = readPlan(await readWorkbookValues(readFileSync(out)));
    expect(plan!.info.issuingBody).toBe(body);
  });

  it('asks for --period when the document states none, and places dates in the one given', async () => {
    const undated = join(dir, 'khong-ky.txt');
    writeFileSync(undated, 'CÔNG ĐOÀN TRƯỜNG MẦM NON HOA SEN\n\nKẾ HOẠCH\n\n1. Chăm lo\n- Tặng quà nữ đoàn viên nhân dịp 8/3.\n');
    const refused = await cli('scaffold', '--from', undated, '-o', join(dir, 'khong-ky.xlsx'));
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('--period');
    const out = join(dir, 'co-ky.xlsx');
    const r = await cli('scaffold', '--from', undated, '--period', '2026-2027', '-o', out);
    expect(r.code).toBe(0);
    const { plan } = readPlan(await readWorkbookValues(readFileSync(out)));
    expect(plan!.tasks[0]).toMatchObject({ start: '2027-03', end: '2027-03' });
  });
});
