import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli';
import { readWorkbookValues } from '../../src/files/readWorkbook';
import { readPlan } from '../../src/sheets/read/readPlan';
import { makeDocx } from '../support/docx';


const dir = mkdtempSync(join(tmpdir(), 'unionplan-parse-'));
const fixture = join(__dirname, '..', 'fixtures', 'ke-hoach-nam-2026.txt');

describe('unionplan parse', () => {
  it('prints the issue #3 JSON shape', async () => {
    const r = await cli('parse', fixture, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['info', 'targets', 'tasks', 'schedule', 'warnings']);
    expect(json.info).toMatchObject({ number: '07/KH-CĐP', place: 'Bình Minh', date: '2026-01-08', period: { kind: 'year', from: '2026-01', to: '2026-12' } });
    expect(json.targets[0]).toMatchObject({ text: expect.any(String), comparator: '>=', value: 85, percent: false, unit: 'đoàn viên', base: null });
    expect(json.tasks[0]).toMatchObject({ section: '1', text: expect.any(String), timing: { text: 'Thường xuyên', kind: 'continuous', months: expect.any(Array) } });
    expect(json.warnings[0]).toMatchObject({ code: 'timing-outside-period', message: expect.any(String), text: expect.any(String) });
  });

  it('summarises in Vietnamese without --json', async () => {
    const r = await cli('parse', fixture);
    expect(r.out).toContain('Chỉ tiêu: 7');
    expect(r.out).toContain('Cảnh báo [timing-outside-period]');
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

  it.each([
    ['hong.docx', 'không phải tệp Word'],
    ['cu.doc', '.docx'],
    ['bang.xls', 'chỉ nhận tệp .docx hoặc .txt'],
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
    expect(r.out).toContain('Đã đọc 7 chỉ tiêu, 7 nhiệm vụ, 1 cảnh báo');
    const { plan, findings } = readPlan(await readWorkbookValues(readFileSync(out)));
    expect(findings).toEqual([]);
    expect(plan!.info).toMatchObject({ issuingBody: 'CÔNG ĐOÀN PHƯỜNG BÌNH MINH', number: '07/KH-CĐP', signerName: 'Phạm Văn Minh' });
    expect(plan!.targets).toHaveLength(7);
    expect(plan!.tasks[2]).toMatchObject({ start: '2026-03', end: '2026-09' });
  });

  it('asks for --org when the document does not name its unit', async () => {
    const r = await cli('scaffold', '--from', join(__dirname, '..', 'fixtures', 'ke-hoach-truong-2025-2026.txt'), '-o', join(dir, 'x.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('--org');
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
