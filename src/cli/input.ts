import { readFileSync } from 'node:fs';
import { UserError } from '../domain/userError';

/** The bytes of a file the user named; one that cannot be opened is refused naming it. */
export function readInput(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch {
    throw new UserError('input-missing', `Không mở được tệp "${path}".`, `Cannot open "${path}".`, { file: path });
  }
}
