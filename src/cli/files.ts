import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ChosenFile } from '../app/workbook';
import { UserError } from '../domain/userError';
import type { SaveFiles } from '../hosts/xlsx/fileWorkbook';
import { readInput } from './input';
import { writeOutput } from './output';

/*
 * The command line's files as the actions take them: an input named by its path (errors name the
 * path as typed), and what an action made, kept in memory until the command writes it where the
 * user said — the path after -o, or a file per unit in the folder after -o — never replacing a
 * file without --force.
 */

export function inputFile(path: string): ChosenFile {
  return { name: path, data: readInput(path) };
}

/** An action's files stay in memory under the name the command will write them as. */
export const inMemory = (as: string): SaveFiles => async () => as;

/** The one file an action made; a file host never asks for consent, so there always is one. */
export function madeFile(outcome: { status?: 'done' | 'needs-consent'; files?: ChosenFile[] }): ChosenFile {
  const file = outcome.status !== 'needs-consent' ? outcome.files?.[0] : undefined;
  if (!file) throw new Error('the action made no file');
  return file;
}

/** Files written into a folder, all refused before any is written when one exists and --force was not given. */
export function writeInFolder(out: string, files: readonly ChosenFile[], force: boolean): string {
  const dir = resolve(out);
  mkdirSync(dir, { recursive: true });
  const existing = force ? [] : files.filter((f) => existsSync(join(dir, f.name))).map((f) => f.name);
  if (existing.length) {
    throw new UserError('output-exists', `Thư mục đã có ${existing.length} mẫu (${existing.slice(0, 3).join(', ')}…): thêm --force để ghi đè.`, `The folder already has ${existing.length} forms: add --force to replace them.`, { file: dir });
  }
  for (const f of files) writeOutput(join(dir, f.name), f.data, true);
  return dir;
}
