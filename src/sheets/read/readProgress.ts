import { matchKey } from '../../domain/text';
import { findHeader } from './readTable';
import { readText } from './cells';
import type { CellValue } from '../spec';

/*
 * The columns of an earlier `Tiến độ` carried into the new one: each round's four cells per target,
 * as they were written (values, never formulas), found by the "<mã>: …" headers.
 */

export type ProgressColumns = Map<string, Map<string, CellValue[]>>;

export function readProgressColumns(values: readonly (readonly CellValue[])[] | null | undefined): ProgressColumns {
  const out: ProgressColumns = new Map();
  if (!values) return out;
  const header = findHeader(values, [{ key: 'code', header: 'Mã' }, { key: 'text', header: 'Chỉ tiêu' }], ['code', 'text']);
  if (!header) return out;
  const codeCol = header.positions.get('code') as number;
  const line = values[header.row] ?? [];
  const groups = new Map<string, number[]>();
  line.forEach((v, c) => {
    const m = /^(.+?):\s/.exec(readText(v));
    if (!m) return;
    const cols = groups.get(m[1]) ?? [];
    cols.push(c);
    groups.set(m[1], cols);
  });
  for (const [round, cols] of groups) {
    const cells = new Map<string, CellValue[]>();
    for (let r = header.row + 1; r < values.length; r++) {
      const code = readText(values[r]?.[codeCol]);
      if (code) cells.set(matchKey(code), cols.map((c) => values[r]?.[c] ?? null));
    }
    out.set(round, cells);
  }
  return out;
}
