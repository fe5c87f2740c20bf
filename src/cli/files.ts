import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ChosenFile } from '../app/workbook';
import { UserError } from '../domain/userError';
import { ZIP_LIMITS } from '../files/zipGuard';
import type { SaveFiles } from '../hosts/xlsx/fileWorkbook';
import { readInput, type InputLimit } from './input';
import { checkRunPaths, writeOutputs, type RunInput } from './output';

/*
 * The command line's files as the actions take them: an input named by its path (errors name the
 * path as typed), and what an action made, kept in memory until the command writes it where the
 * user said — the path after -o, or a file per unit in the folder after -o — never replacing a
 * file without --force.
 */

/** An .xlsx is refused before it is read past the size zipGuard would refuse it at anyway. */
export const WORKBOOK_LIMIT: InputLimit = { bytes: ZIP_LIMITS.fileBytes, what: { vi: 'sổ làm việc Excel', en: 'Excel workbook' } };

/** The bytes of an .xlsx the user named: a regular file within the workbook limit. */
export function readWorkbookBytes(path: string): Uint8Array {
  return readInput(path, WORKBOOK_LIMIT);
}

/** A workbook the user named, as the actions take it. */
export function inputFile(path: string): ChosenFile {
  return { name: path, data: readWorkbookBytes(path) };
}

/** An action's files stay in memory under the name the command will write them as. */
export const inMemory = (as: string): SaveFiles => async () => as;

/** The one file an action made; a file host never asks for consent, so there always is one. */
export function madeFile(outcome: { status?: 'done' | 'needs-consent'; files?: ChosenFile[] }): ChosenFile {
  const file = outcome.status !== 'needs-consent' ? outcome.files?.[0] : undefined;
  if (!file) throw new Error('the action made no file');
  return file;
}

/**
 * Files written into a folder: all refused before any is written when one exists and --force was not
 * given, or when one would be the run's input; each written whole (a temporary file renamed).
 */
export function writeInFolder(out: string, files: readonly ChosenFile[], force: boolean, input: RunInput): string {
  const dir = resolve(out);
  const existing = force ? [] : files.filter((f) => existsSync(join(dir, f.name))).map((f) => f.name);
  if (existing.length) {
    throw new UserError('output-exists', `Thư mục đã có ${existing.length} mẫu (${existing.slice(0, 3).join(', ')}…): thêm --force để ghi đè.`, `The folder already has ${existing.length} forms: add --force to replace them.`, { file: dir });
  }
  checkRunPaths({ inputs: [input], outputs: files.map((f) => ({ flag: '-o', path: join(dir, f.name), kind: 'xlsx' as const })), force: true });
  writeOutputs(files.map((f) => ({ path: join(dir, f.name), data: f.data })), true);
  return dir;
}
