import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ChosenFile } from '../app/workbook';
import { UserError } from '../domain/userError';
import type { SaveFiles } from '../hosts/xlsx/fileWorkbook';
import { readInput } from './input';
import { writeOutput } from './output';

/**
 * The command line's files as the actions take them: an input named by its path (errors name the
 * path as typed), and where results go — the path after -o, or the folder after -o when an action
 * makes a file per unit. Nothing is replaced without --force, and a folder is checked whole before
 * the first file is written.
 */
export function inputFile(path: string): ChosenFile {
  return { name: path, data: readInput(path) };
}

export function saveTo(out: string, force: boolean): SaveFiles {
  return async (files) => writeOutput(out, files[0].data, force);
}

export function saveInFolder(out: string, force: boolean): SaveFiles {
  return async (files) => {
    const dir = resolve(out);
    mkdirSync(dir, { recursive: true });
    const existing = force ? [] : files.filter((f) => existsSync(join(dir, f.name))).map((f) => f.name);
    if (existing.length) {
      throw new UserError('output-exists', `Thư mục đã có ${existing.length} mẫu (${existing.slice(0, 3).join(', ')}…): thêm --force để ghi đè.`, `The folder already has ${existing.length} forms: add --force to replace them.`, { file: dir });
    }
    for (const f of files) writeOutput(join(dir, f.name), f.data, true);
    return dir;
  };
}

/** The outcome of an action that saved files: a file host never asks for consent (without --force it refuses). */
export function saved<T extends { status: 'done' | 'needs-consent' }>(outcome: T): Extract<T, { status: 'done' }> & { fileName: string } {
  if (outcome.status !== 'done' || !('fileName' in outcome) || typeof outcome.fileName !== 'string') throw new Error('nothing was saved');
  return outcome as Extract<T, { status: 'done' }> & { fileName: string };
}
