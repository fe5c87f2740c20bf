import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { UserError } from '../domain/userError';
import { samePlace, whereIs, type Place } from './samePath';

/**
 * What a run writes, checked before anything is written, and written so that nothing is ever lost:
 * an output may not be an input or another output of the same run (however the path is spelled),
 * its extension must fit its flag, and each file is written to a temporary file in its own folder and
 * renamed over the old one only when complete — a run killed mid-write leaves the old file whole.
 */
export type OutputKind = 'xlsx' | 'pdf' | 'docx';

/** The extension each kind of output must have: -o workbook.xlsx, --pdf print.pdf, --docx report.docx. */
export const OUTPUT_EXTENSIONS: Record<OutputKind, string> = { xlsx: '.xlsx', pdf: '.pdf', docx: '.docx' };

const KIND_WORDS: Record<OutputKind, { vi: string; en: string }> = {
  xlsx: { vi: 'sổ làm việc Excel', en: 'an Excel workbook' },
  pdf: { vi: 'bản in PDF', en: 'a PDF print' },
  docx: { vi: 'văn bản Word', en: 'a Word document' },
};

export interface RunInput {
  /** How the user named it: "--plan", "--summary", or words for a positional file ("mẫu báo cáo"). */
  flag: string;
  /** The words in English, when `flag` is not a flag. */
  flagEn?: string;
  path: string;
}

export interface RunOutput {
  flag: string;
  path: string;
  kind: OutputKind;
  /** The user asked for this very file to be rewritten (report --keep-edits): it may exist without --force. */
  rewrite?: boolean;
}

export interface RunPaths {
  inputs: readonly RunInput[];
  outputs: readonly (RunOutput | null)[];
  force: boolean;
}

const NOTHING_WRITTEN = { vi: 'Chưa ghi tệp nào.', en: 'Nothing was written.' };

function wrongExtension(o: RunOutput): UserError {
  const ext = OUTPUT_EXTENSIONS[o.kind];
  const stem = basename(o.path).replace(/\.[^.]*$/, '') || 'ten-tep';
  const other = (Object.keys(OUTPUT_EXTENSIONS) as OutputKind[]).find((k) => o.path.toLowerCase().endsWith(OUTPUT_EXTENSIONS[k]));
  const hint = other === 'pdf' ? { vi: ' Muốn bản PDF thì thêm --pdf.', en: ' For a PDF add --pdf.' } : { vi: '', en: '' };
  return new UserError(
    'output-extension',
    `${o.flag} "${o.path}" phải là ${KIND_WORDS[o.kind].vi} có đuôi ${ext} (ví dụ "${stem}${ext}").${hint.vi} ${NOTHING_WRITTEN.vi}`,
    `${o.flag} "${o.path}" must be ${KIND_WORDS[o.kind].en} ending in ${ext} (e.g. "${stem}${ext}").${hint.en} ${NOTHING_WRITTEN.en}`,
    { file: o.path },
  );
}

export function outputExists(path: string): UserError {
  return new UserError('output-exists', `Tệp "${path}" đã có. Chọn tên khác hoặc thêm --force để ghi đè.`, `"${path}" already exists. Choose another name or add --force to replace it.`, { file: path });
}

function notAFile(path: string, flag: string, folder: boolean): UserError {
  const named = flag ? `${flag} "${path}"` : `"${path}"`;
  return folder
    ? new UserError('output-not-file', `${named} là một thư mục: hãy ghi tên tệp trong đó (ví dụ "${join(path, `ten-tep${extname(path)}`)}"). ${NOTHING_WRITTEN.vi}`, `${named} is a folder: name a file inside it. ${NOTHING_WRITTEN.en}`, { file: path })
    : new UserError('output-not-file', `${named} là thiết bị hoặc tệp đặc biệt, không phải tệp thông thường: hãy chọn tên tệp khác. ${NOTHING_WRITTEN.vi}`, `${named} is a device or special file, not a regular file: choose another name. ${NOTHING_WRITTEN.en}`, { file: path });
}

const through = (p: Place, path: string) => (p.real !== resolve(path) ? { vi: ` (cùng trỏ tới "${p.real}")`, en: ` (both lead to "${p.real}")` } : { vi: '', en: '' });

function clashWithInput(o: RunOutput, i: RunInput, p: Place): UserError {
  const via = through(p, o.path);
  return new UserError(
    'output-is-input',
    `${o.flag} "${o.path}" là chính tệp ${i.flag} "${i.path}"${via.vi}: ghi vào đó sẽ mất tệp đang đọc. ${NOTHING_WRITTEN.vi} Hãy chọn tên khác cho ${o.flag}.`,
    `${o.flag} "${o.path}" is the very file ${i.flagEn ?? i.flag} "${i.path}"${via.en}: writing it would destroy what is being read. ${NOTHING_WRITTEN.en} Choose another name for ${o.flag}.`,
    { file: o.path },
  );
}

function clashWithOutput(a: RunOutput, b: RunOutput, p: Place): UserError {
  const via = through(p, b.path);
  return new UserError(
    'output-clash',
    `${a.flag} "${a.path}" và ${b.flag} "${b.path}" là cùng một tệp${via.vi}: tệp ghi sau sẽ xóa tệp ghi trước. ${NOTHING_WRITTEN.vi} Hãy đặt hai tên khác nhau.`,
    `${a.flag} "${a.path}" and ${b.flag} "${b.path}" are the same file${via.en}: the second would destroy the first. ${NOTHING_WRITTEN.en} Give them different names.`,
    { file: b.path },
  );
}

/**
 * Refuses, before anything is written, a run whose outputs would destroy an input or each other, or
 * that names an output of the wrong kind or one that exists without --force. The same file is found
 * however it is named: relative or absolute, through symbolic links, by another letter case or
 * Unicode form (the same file on Windows' and macOS' disks, and on USB sticks anywhere).
 */
export function checkRunPaths(run: RunPaths): void {
  const outputs = run.outputs.filter((o): o is RunOutput => o !== null);
  for (const o of outputs) {
    if (!o.path.toLowerCase().endsWith(OUTPUT_EXTENSIONS[o.kind])) throw wrongExtension(o);
  }
  const inputs = run.inputs.map((i) => ({ i, p: whereIs(i.path) }));
  const placed: { o: RunOutput; p: Place }[] = [];
  for (const o of outputs) {
    const p = whereIs(o.path);
    const input = inputs.find((x) => samePlace(x.p, p));
    if (input) throw clashWithInput(o, input.i, p);
    const other = placed.find((x) => samePlace(x.p, p));
    if (other) throw clashWithOutput(other.o, o, p);
    if (p.stats) {
      if (!p.stats.isFile()) throw notAFile(o.path, o.flag, p.stats.isDirectory());
      if (!run.force && !o.rewrite) throw outputExists(o.path);
    }
    placed.push({ o, p });
  }
}

export interface OutputFile {
  path: string;
  data: Uint8Array;
  /** May replace the file there without --force (report --keep-edits rewrites the report it read). */
  rewrite?: boolean;
}

function unwritable(path: string, e: unknown, folder?: string): UserError {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  if (folder) {
    return new UserError('output-folder', `Không tạo được thư mục "${folder}" để ghi "${path}" (${code || 'lỗi'}): kiểm tra đường dẫn (có tệp nào trùng tên thư mục không) và quyền ghi. ${NOTHING_WRITTEN.vi}`, `Cannot create the folder "${folder}" for "${path}" (${code || 'error'}): check the path (a file with the folder's name?) and write permission. ${NOTHING_WRITTEN.en}`, { file: path });
  }
  const busy = code === 'EBUSY' || code === 'EPERM' || code === 'EACCES';
  return new UserError(
    'output-unwritable',
    busy ? `Không ghi được "${path}": tệp đang mở trong Excel hoặc không có quyền ghi vào thư mục. Đóng tệp rồi thử lại.` : `Không ghi được "${path}" (${code || 'lỗi ghi tệp'}).`,
    busy ? `Cannot write "${path}": it is open in Excel or the folder is not writable. Close it and retry.` : `Cannot write "${path}" (${code || 'write error'}).`,
    { file: path },
  );
}

/** A name beside the file, hidden where dot-files are, that no reader of forms (*.xlsx) picks up. */
const temporaryName = (full: string) => join(dirname(full), `.${basename(full)}.${process.pid}-${Math.random().toString(36).slice(2, 8)}.unionplan.tmp`);

/** The whole of `data` in a new file, flushed to the disk before it is renamed into place. */
function writeWhole(tmp: string, data: Uint8Array): void {
  const fd = openSync(tmp, 'wx');
  try {
    for (let done = 0; done < data.byteLength;) done += writeSync(fd, data, done, Math.min(data.byteLength - done, 1 << 20));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes every output of a run: each first to a temporary file in its own folder (created when
 * missing), then all renamed into place. A failure before the renames leaves every old file as it was
 * and no temporary file behind; files that exist are replaced only with --force (or `rewrite`).
 * Returns the full paths written.
 */
export function writeOutputs(files: readonly OutputFile[], force: boolean): string[] {
  const staged: { tmp: string; full: string; path: string }[] = [];
  try {
    for (const f of files) {
      // Through a link to the file it names: the link stays a link, the file is replaced.
      const full = whereIs(f.path).real;
      const there = statOrNull(full);
      if (there && !there.isFile()) throw notAFile(f.path, '', there.isDirectory());
      if (there && !force && !f.rewrite) throw outputExists(f.path);
      try {
        mkdirSync(dirname(full), { recursive: true });
      } catch (e) {
        throw unwritable(f.path, e, dirname(full));
      }
      const tmp = temporaryName(full);
      try {
        writeWhole(tmp, f.data);
      } catch (e) {
        rmSync(tmp, { force: true });
        throw unwritable(f.path, e);
      }
      staged.push({ tmp, full, path: f.path });
    }
    while (staged.length) {
      const s = staged[0];
      try {
        renameSync(s.tmp, s.full);
      } catch (e) {
        throw unwritable(s.path, e);
      }
      staged.shift();
    }
  } finally {
    for (const s of staged) rmSync(s.tmp, { force: true });
  }
  return files.map((f) => whereIs(f.path).real);
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** Writes one output file, refusing to replace one that exists unless the user said --force. */
export function writeOutput(path: string, data: Uint8Array, force: boolean): string {
  return writeOutputs([{ path, data }], force)[0];
}
