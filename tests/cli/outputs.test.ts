import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DEMO_FILES } from '../../src/cli/commands/demo';
import { checkRunPaths, writeOutputs } from '../../src/cli/output';
import { cli } from '../support/cli';

/**
 * No output ever destroys an input or another output (issue #17): every path a run writes is checked
 * against every path it reads and writes, however it is spelled, before anything is written; the
 * extension fits the flag; files are written whole or not at all.
 */
// Alone each test takes 0.1–5 s; on a busy 2-core machine several times that.
jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'unionplan-outputs-'));
const plan = join(dir, DEMO_FILES.ward);
const summary = join(dir, DEMO_FILES.summary);
const report = join(dir, DEMO_FILES.report);
const bytes = (p: string) => readFileSync(p);
/** The Vietnamese message of what `fn` throws. */
const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return (e as { vi?: string }).vi ?? String(e);
  }
  return '';
};
/** The folder's files, temporary ones included (hidden names start with a dot). */
const listing = (d: string) => readdirSync(d).sort();

beforeAll(async () => {
  expect((await cli('demo', '-o', dir)).code).toBe(0);
});

describe('an output that is an input or another output is refused before anything is written', () => {
  it.each([
    ['report', () => ['report', '--plan', plan, '--summary', summary, '-o', report, '--pdf', report, '--force']],
    ['calendar', () => ['calendar', '--plan', plan, '-o', report, '--pdf', report, '--force']],
  ])('%s -o X --pdf X: the workbook is untouched', async (_c, argv) => {
    const before = bytes(report);
    const r = await cli(...argv());
    expect(r.code).toBe(1);
    expect(r.err).toContain(`--pdf "${report}" phải là bản in PDF có đuôi .pdf`);
    expect(r.err).toContain('Chưa ghi tệp nào.');
    expect(r.out).toBe('');
    expect(bytes(report)).toEqual(before);
  });

  it('-o and --pdf through a link to the same file: refused, both named', async () => {
    const link = join(dir, 'ban-in.pdf');
    symlinkSync(report, link);
    const before = bytes(report);
    const r = await cli('report', '--plan', plan, '--summary', summary, '-o', report, '--pdf', link, '--force');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`-o "${report}" và --pdf "${link}" là cùng một tệp`);
    expect(bytes(report)).toEqual(before);
  });

  const planTwins: [string, () => string][] = [
    ['the same path', () => plan],
    ['a relative path for an absolute one', () => relative(process.cwd(), plan)],
    ['a path through "." and ".."', () => join(dir, '.', 'x', '..', DEMO_FILES.ward)],
    ['another letter case (one file on Windows and macOS)', () => plan.replace(/ke-hoach/, 'KE-HOACH')],
    ['another Unicode form of the name', () => {
      const nfc = join(dir, 'kế-hoạch.xlsx');
      if (!existsSync(nfc)) copyFileSync(plan, nfc);
      return nfc.normalize('NFD');
    }],
    ['a symbolic link', () => {
      const link = join(dir, 'lien-ket.xlsx');
      if (!existsSync(link)) symlinkSync(plan, link);
      return link;
    }],
  ];

  it.each(planTwins)('-o naming the --plan by %s is refused, with --force too', async (_how, path) => {
    const out = path();
    const input = out.normalize('NFC').includes('kế-hoạch') ? join(dir, 'kế-hoạch.xlsx') : plan;
    const before = bytes(input);
    for (const argv of [
      ['calendar', '--plan', input, '-o', out, '--force'],
      ['consolidate', '--plan', input, join(dir, DEMO_FILES.memberForms), '-o', out, '--force'],
      ['report', '--plan', input, '--summary', summary, '-o', out, '--force'],
    ]) {
      const r = await cli(...argv);
      expect(r.code).toBe(1);
      expect(r.err).toContain('là chính tệp --plan');
      expect(r.err).toContain('Hãy chọn tên khác cho -o');
      expect(bytes(input)).toEqual(before);
    }
  });

  it('report --keep-edits rewrites -o, but never over --summary', async () => {
    const before = bytes(summary);
    const r = await cli('report', '--plan', plan, '--summary', summary, '-o', summary, '--keep-edits');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`-o "${summary}" là chính tệp --summary`);
    expect(bytes(summary)).toEqual(before);
    expect((await cli('report', '--plan', plan, '--summary', summary, '-o', report, '--keep-edits')).code).toBe(0);
  });

  it('consolidate never writes over a member\'s form it reads', async () => {
    const form = join(dir, DEMO_FILES.memberForms, readdirSync(join(dir, DEMO_FILES.memberForms))[0]);
    const before = bytes(form);
    const r = await cli('consolidate', '--plan', plan, join(dir, DEMO_FILES.memberForms), '-o', form.toUpperCase().replace(dir.toUpperCase(), dir), '--as-report', '--unit-code', 'P', '--force');
    expect(r.code).toBe(1);
    expect(r.err).toContain('là chính tệp mẫu báo cáo');
    expect(bytes(form)).toEqual(before);
  });

  it('forms never writes a form over the plan it reads', async () => {
    const folder = join(dir, 'mau-trung');
    mkdirSync(folder);
    const inside = join(folder, 'bao-cao-UB01.xlsx');
    copyFileSync(plan, inside);
    const r = await cli('forms', '--plan', inside, '-o', folder, '--force');
    expect(r.code).toBe(1);
    expect(r.err).toContain('là chính tệp --plan');
    expect(listing(folder)).toEqual(['bao-cao-UB01.xlsx']);
    expect(bytes(inside)).toEqual(bytes(plan));
  });

  it.each([
    ['-o', 'c.pdf', 'sổ làm việc Excel có đuôi .xlsx (ví dụ "c.xlsx"). Muốn bản PDF thì thêm --pdf.'],
    ['-o', 'bang', 'sổ làm việc Excel có đuôi .xlsx (ví dụ "bang.xlsx")'],
    ['--pdf', 'in.docx', 'bản in PDF có đuôi .pdf (ví dụ "in.pdf")'],
  ])('%s %s has the wrong extension: refused, nothing written', async (flag, name, words) => {
    const out = join(dir, 'duoi', name);
    const argv = flag === '-o' ? ['-o', out] : ['-o', join(dir, 'duoi', 'lich.xlsx'), '--pdf', out];
    const r = await cli('calendar', '--plan', plan, ...argv);
    expect(r.code).toBe(1);
    expect(r.err).toContain(words);
    expect(existsSync(join(dir, 'duoi'))).toBe(false);
  });

  it('knows the extension of every output flag, --docx included', () => {
    const run = (path: string, kind: 'xlsx' | 'pdf' | 'docx') => refusal(() => checkRunPaths({ inputs: [], outputs: [{ flag: `--${kind}`, path: join(dir, path), kind }], force: true }));
    expect(run('bao-cao.docx', 'docx')).toBe('');
    expect(run('BAO-CAO.DOCX', 'docx')).toBe('');
    expect(run('bao-cao.xlsx', 'docx')).toContain('phải là văn bản Word có đuôi .docx (ví dụ "bao-cao.docx")');
    expect(run('bao-cao.docx', 'pdf')).toContain('đuôi .pdf');
    expect(run('a.XLSX', 'xlsx')).toBe('');
  });

  it('refuses an output that is a folder or a device, and one that exists without --force', async () => {
    const folder = join(dir, 'la-thu-muc.xlsx');
    mkdirSync(folder);
    expect((await cli('scaffold', '--period', '2026', '--org', 'X', '-o', folder, '--force')).err).toContain('là một thư mục: hãy ghi tên tệp trong đó');
    const device = join(dir, 'thiet-bi.pdf');
    symlinkSync('/dev/null', device);
    expect(refusal(() => checkRunPaths({ inputs: [], outputs: [{ flag: '--pdf', path: device, kind: 'pdf' }], force: true }))).toContain('là thiết bị hoặc tệp đặc biệt, không phải tệp thông thường');
    const r = await cli('scaffold', '--period', '2026', '--org', 'X', '-o', report);
    expect(r.err).toContain('đã có');
  });
});

describe('writing', () => {
  it('creates the folders an output needs', async () => {
    const out = join(dir, 'moi', 'nam-2026', 'ke-hoach.xlsx');
    const r = await cli('scaffold', '--period', '2026', '--org', 'X', '-o', out);
    expect(r.code).toBe(0);
    expect(listing(join(dir, 'moi', 'nam-2026'))).toEqual(['ke-hoach.xlsx']);
  });

  it('names the folder it cannot create', async () => {
    const file = join(dir, 'tep-thuong');
    writeFileSync(file, 'x');
    const r = await cli('scaffold', '--period', '2026', '--org', 'X', '-o', join(file, 'con', 'x.xlsx'));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Không tạo được thư mục "${join(file, 'con')}"`);
    expect(bytes(file).toString()).toBe('x');
  });

  it('writes all outputs or none, and leaves no temporary file behind', () => {
    const folder = join(dir, 'ca-hai');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.xlsx'), 'cũ');
    const blocked = join(folder, 'khong-ghi-duoc');
    mkdirSync(join(blocked, 'b.pdf'), { recursive: true }); // a folder where the second file should go
    expect(refusal(() => writeOutputs([{ path: join(folder, 'a.xlsx'), data: Buffer.from('mới') }, { path: join(blocked, 'b.pdf'), data: Buffer.from('%PDF-') }], true))).toContain('là một thư mục');
    expect(readFileSync(join(folder, 'a.xlsx'), 'utf8')).toBe('cũ');
    expect(listing(folder)).toEqual(['a.xlsx', 'khong-ghi-duoc']);
    expect(listing(blocked)).toEqual(['b.pdf']);
    expect(writeOutputs([{ path: join(folder, 'a.xlsx'), data: Buffer.from('mới') }], true)).toEqual([join(folder, 'a.xlsx')]);
    expect(readFileSync(join(folder, 'a.xlsx'), 'utf8')).toBe('mới');
    expect(listing(folder)).toEqual(['a.xlsx', 'khong-ghi-duoc']);
  });
});

describe('--pdf when LibreOffice fails', () => {
  const saved = process.env.UNIONPLAN_SOFFICE;
  afterEach(() => {
    if (saved === undefined) delete process.env.UNIONPLAN_SOFFICE;
    else process.env.UNIONPLAN_SOFFICE = saved;
  });
  const fake = (name: string, body: string) => {
    const path = join(dir, name);
    writeFileSync(path, `#!/bin/sh\n${body}\n`);
    chmodSync(path, 0o755);
    return path;
  };

  it.each([
    ['stops with an error', 'exit 1'],
    ['writes something that is no PDF', 'for a; do [ "$prev" = "--outdir" ] && dir="$a"; prev="$a"; src="$a"; done; echo "không phải pdf" > "$dir/$(basename "$src" .xlsx).pdf"'],
  ])('when it %s, neither the workbook nor the PDF is written, and the old ones stay', async (_what, body) => {
    process.env.UNIONPLAN_SOFFICE = fake(`soffice-${body.length}`, body);
    const folder = join(dir, `in-loi-${body.length}`);
    mkdirSync(folder);
    writeFileSync(join(folder, 'lich.xlsx'), 'lịch cũ');
    const r = await cli('calendar', '--plan', plan, '-o', join(folder, 'lich.xlsx'), '--pdf', join(folder, 'moi', 'lich.pdf'), '--force');
    expect(r.code).toBe(1);
    expect(r.err).toContain('LibreOffice không in được');
    expect(r.err).toContain('Chưa ghi tệp nào');
    expect(readFileSync(join(folder, 'lich.xlsx'), 'utf8')).toBe('lịch cũ');
    expect(listing(folder)).toEqual(['lich.xlsx']);
  });
});

describe('inputs', () => {
  it.each([
    ['calendar', (missing: string) => ['calendar', '--plan', missing, '-o', join(dir, 'x.xlsx')]],
    ['check', (missing: string) => ['check', missing]],
    ['parse', (missing: string) => ['parse', missing]],
    ['report', (missing: string) => ['report', '--plan', plan, '--summary', missing, '-o', join(dir, 'x.xlsx')]],
  ])('%s says a missing input does not exist', async (_c, argv) => {
    const missing = join(dir, 'khong-co', 'ke-hoach.xlsx');
    const r = await cli(...argv(missing));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Tệp "${missing}" không tồn tại. Kiểm tra lại tên và thư mục`);
  });

  it('consolidate names a missing form as a finding and consolidates the others', async () => {
    const missing = join(dir, 'khong-co.xlsx');
    const r = await cli('consolidate', '--plan', plan, join(dir, DEMO_FILES.memberForms), missing, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.units.reported).toBe(5);
    expect(json.findings).toContainEqual(expect.objectContaining({ code: 'report-unreadable', sheet: 'khong-co.xlsx', message: expect.stringContaining('không tồn tại') }));
  });
});

it('writes through a link to the file it names, and the link stays a link', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'unionplan-link-'));
  const real = join(folder, 'that.xlsx');
  writeFileSync(real, 'cũ');
  const link = join(folder, 'lien-ket.xlsx');
  symlinkSync(real, link);
  expect(writeOutputs([{ path: link, data: Buffer.from('mới') }], true)).toEqual([real]);
  expect(readFileSync(real, 'utf8')).toBe('mới');
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
});
