import { realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Where a path leads, to tell whether two paths name the same file however they are written:
 * relative or absolute, through symbolic links or hard links, by another letter case or Unicode
 * form (NFC/NFD). Letter case is folded everywhere: on Windows' and macOS' disks, and on a USB stick
 * on any system, "Bao-Cao.xlsx" and "bao-cao.xlsx" are one file.
 */
export interface Place {
  /** The absolute path with every link resolved (those parts of it that exist). */
  real: string;
  /** `real` folded for comparison. */
  key: string;
  /** The file's device and inode when it exists (the same file under two names has the same). */
  id: string | null;
  stats: Stats | null;
}

/** Resolves links in the longest part of `full` that exists; the rest is kept as written. */
function realPath(full: string): string {
  try {
    return realpathSync.native(full);
  } catch {
    const parent = dirname(full);
    return parent === full ? full : join(realPath(parent), basename(full));
  }
}

export function whereIs(path: string): Place {
  const full = resolve(path);
  const real = realPath(full);
  let stats: Stats | null = null;
  let id: string | null = null;
  try {
    stats = statSync(full);
    const big = statSync(full, { bigint: true });
    // Some file systems report no inode (0): those are compared by path only.
    if (big.ino !== 0n) id = `${big.dev}:${big.ino}`;
  } catch {
    // Not there (yet): compared by its path alone.
  }
  return { real, key: real.normalize('NFC').toLowerCase(), id, stats };
}

export function samePlace(a: Place, b: Place): boolean {
  return (a.id !== null && a.id === b.id) || a.key === b.key;
}
