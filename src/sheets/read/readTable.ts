import type { Finding } from '../../domain/finding';
import { matchKey, quotedList } from '../../domain/text';
import { cellA1 } from '../a1';
import type { CellValue } from '../spec';
import type { ColumnDef } from '../tableLayout';

/** What a reader needs of a column: its key and the header that finds it. */
export type HeaderDef = Pick<ColumnDef<unknown>, 'key' | 'header'>;
import { isBlank } from './cells';

/**
 * Finds a table's header row by its labels (so moved or reordered columns still read) and hands each
 * data row to the caller with a function that names a cell's A1 address for findings.
 */
export interface TableRow {
  /** 0-based sheet row. */
  row: number;
  get: (key: string) => CellValue | undefined;
  at: (key: string) => string;
}

export interface TableRead {
  rows: TableRow[];
  findings: Finding[];
}

const SEARCH_ROWS = 30;

/** The header row of a table (searched in the first rows) and where each column is, or null. */
export function findHeader(values: readonly (readonly CellValue[])[], columns: readonly HeaderDef[], required: readonly string[]): { row: number; positions: Map<string, number> } | null {
  const wanted = new Map(columns.map((c) => [matchKey(c.header), c.key]));
  for (let r = 0; r < Math.min(values.length, SEARCH_ROWS); r++) {
    const found = new Map<string, number>();
    (values[r] ?? []).forEach((v, c) => {
      const key = typeof v === 'string' ? wanted.get(matchKey(v)) : undefined;
      if (key && !found.has(key)) found.set(key, c);
    });
    if (required.every((k) => found.has(k))) return { row: r, positions: found };
  }
  return null;
}

export function readTable(
  sheet: string,
  values: readonly (readonly CellValue[])[],
  columns: readonly HeaderDef[],
  required: readonly string[],
  /** Columns that only hold formulas: a row with nothing else is empty. */
  computed: readonly string[] = [],
): TableRead {
  const header = findHeader(values, columns, required);
  const headerRow = header?.row ?? -1;
  const positions = header?.positions ?? new Map<string, number>();
  if (headerRow < 0) {
    const names = quotedList(columns.filter((c) => required.includes(c.key)).map((c) => c.header));
    return {
      rows: [],
      findings: [{
        severity: 'error', code: 'table-header-missing', sheet, cell: '',
        vi: `Không tìm thấy dòng tiêu đề của bảng (cần các cột ${names}).`,
        en: `The table's header row was not found (columns ${names} are needed).`,
      }],
    };
  }
  const inputKeys = [...positions.keys()].filter((k) => !computed.includes(k));
  const rows: TableRow[] = [];
  for (let r = headerRow + 1; r < values.length; r++) {
    const line = values[r] ?? [];
    const get = (key: string) => {
      const c = positions.get(key);
      return c === undefined ? undefined : line[c];
    };
    if (inputKeys.every((k) => isBlank(get(k)))) continue;
    rows.push({ row: r, get, at: (key) => cellA1({ row: r, col: positions.get(key) ?? 0 }) });
  }
  return { rows, findings: [] };
}
