import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../domain/userError';

/** util.parseArgs with its English errors turned into a UserError the CLI can print in Vietnamese. */
export function parseCommandArgs(args: string[], options: NonNullable<ParseArgsConfig['options']>, command: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new UserError('usage', `Tham số không hợp lệ cho lệnh "${command}": ${detail}. Xem: unionplan help`, `Invalid arguments for "${command}": ${detail}. See: unionplan help`);
  }
}

export function requireOption(value: unknown, flag: string, command: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UserError('usage', `Lệnh "${command}" cần tham số ${flag}. Xem: unionplan help`, `"${command}" needs ${flag}. See: unionplan help`);
  }
  return value.trim();
}
