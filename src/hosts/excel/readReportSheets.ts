import type { Finding } from '../../domain/finding';
import type { MemberReport } from '../../domain/report/memberReport';
import { columnLetters } from '../../sheets/a1';
import { OWN_SHEETS } from '../../sheets/names';
import { readReport } from '../../sheets/read/readReport';
import { findHeader } from '../../sheets/read/readTable';
import { FORM_COLUMNS } from '../../sheets/reportForm';
import { sameSheetName } from '../../sheets/sheetName';
import type { CellValue } from '../../sheets/spec';
import { fromA1 } from './readSheets';
import { errorCode, request, type RequestOptions } from './request';
import type { WorkbookShape } from './writeWorkbookSpec';

/*
 * The member reports held in the open workbook: every sheet with a `BaoCao` table (the shape loaded
 * by the caller's first sync says which). Two syncs whatever their number: each form's head (labels
 * and header row), then only the columns consolidation needs under the header. A read is cut into
 * more syncs only if its response would pass the budget, or Excel refuses it as too large.
 */

/** Rows × columns of a form's head: the labels (rows 3–6) and the header row (row 8), with room for a few inserted rows. */
const HEAD = { rows: 15, cols: 8 };
/** Notes are not consolidated, so they are not read. */
const NEEDED = ['code', 'result', 'base', 'na'] as const;
// "BaoCao3", and a round's "BaoCao_6T_3" (sheets/formSheets.ts).
export const FORM_TABLE = /^BaoCao(?:_[A-Za-z0-9]+_)?\d*$/i;
/**
 * Excel on the web refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded). Reads are sized
 * to stay under 4.5 MB by estimate; a read Excel still refuses is cut in halves and sent again.
 */
export const RESPONSE_BUDGET = 4.5 * 1024 * 1024;
/**
 * A response as Office.js returns it: each loaded range is an object of ids around its values (about
 * 60 bytes), each value its JSON — "" for an empty cell, a number of up to 17 digits, a short code.
 * A form's head holds labels and the unit's name, longer on average than the figures under it.
 */
const RANGE_BYTES = 60;
const CELL_BYTES = 8;
const HEAD_CELL_BYTES = 16;

function halves<T>(items: readonly T[]): T[][] {
  const mid = Math.ceil(items.length / 2);
  return [items.slice(0, mid), items.slice(mid)];
}

/**
 * Reads `items` in as few requests as the budget allows, each queued by `queue`; a request whose
 * response Excel refuses as too large is cut in halves and sent again. Returns the syncs made.
 */
async function readInGroups<T>(context: Excel.RequestContext, items: readonly T[], size: (t: T) => number, budget: number, queue: (group: readonly T[]) => void, requestOptions?: RequestOptions): Promise<number> {
  const groups = chunks(items, size, budget);
  let syncs = 0;
  for (let i = 0; i < groups.length; i++) {
    syncs++;
    try {
      await request(context, () => queue(groups[i]), requestOptions);
    } catch (e) {
      if (errorCode(e) !== 'ResponsePayloadSizeLimitExceeded' || groups[i].length < 2) throw e;
      groups.splice(i, 1, ...halves(groups[i]));
      i--;
    }
  }
  return syncs;
}

function chunks<T>(items: readonly T[], size: (t: T) => number, budget: number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const it of items) {
    const b = size(it);
    if (current.length && bytes + b > budget) { out.push(current); current = []; bytes = 0; }
    current.push(it);
    bytes += b;
  }
  if (current.length) out.push(current);
  return out;
}

/** The sheets holding a member's form: a `BaoCao` table's, unionplan's own sheets aside (the shape says, no sync of its own). */
export function formSheetNames(shape: WorkbookShape): string[] {
  return [...new Set(shape.tables.items.filter((t) => FORM_TABLE.test(t.name)).map((t) => t.worksheet.name))]
    .filter((name) => !OWN_SHEETS.some((o) => sameSheetName(o, name)));
}

export async function readReportSheets(context: Excel.RequestContext, shape: WorkbookShape, budget = RESPONSE_BUDGET, requestOptions?: RequestOptions): Promise<{ reports: MemberReport[]; findings: Finding[]; sheets: number; syncs: number }> {
  let syncs = 0;
    const formSheets = formSheetNames(shape);

    // (2) Each form's head and the extent of its used range.
    const heads = new Map<string, { head: Excel.Range; used: Excel.Range }>();
    syncs += await readInGroups(context, formSheets, () => HEAD.rows * HEAD.cols * HEAD_CELL_BYTES + 2 * RANGE_BYTES, budget, (group) => {
      for (const name of group) {
        const ws = context.workbook.worksheets.getItem(name);
        const head = ws.getRangeByIndexes(0, 0, HEAD.rows, HEAD.cols);
        head.load('values');
        const used = ws.getUsedRangeOrNullObject(true);
        used.load('rowIndex,rowCount');
        heads.set(name, { head, used });
      }
    }, requestOptions);

    // (3) Under each header, only the columns consolidation reads.
    const plans: { name: string; grid: CellValue[][]; headerRow: number; cols: Map<string, number>; last: number }[] = [];
    const findings: Finding[] = [];
    for (const name of formSheets) {
      const { head, used } = heads.get(name)!;
      const grid = fromA1(head.values as CellValue[][], 0, 0);
      const header = findHeader(grid, FORM_COLUMNS, ['code', 'result']);
      if (!header || used.isNullObject) {
        findings.push(...readReport(grid, { file: null, sheet: name }).findings);
        continue;
      }
      const headerRow = header.row;
      const cols = new Map([...header.positions].filter(([key]) => (NEEDED as readonly string[]).includes(key)));
      plans.push({ name, grid, headerRow, cols, last: used.rowIndex + used.rowCount - 1 });
    }
    const bodies = new Map<string, Map<string, Excel.Range>>();
    const bodyRows = (p: (typeof plans)[number]) => Math.max(0, p.last - p.headerRow);
    syncs += await readInGroups(context, plans.filter(bodyRows), (p) => p.cols.size * (bodyRows(p) * CELL_BYTES + RANGE_BYTES), budget, (group) => {
      for (const p of group) {
        const ws = context.workbook.worksheets.getItem(p.name);
        const ranges = new Map<string, Excel.Range>();
        for (const [key, c] of p.cols) {
          const r = ws.getRange(`${columnLetters(c)}${p.headerRow + 2}:${columnLetters(c)}${p.last + 1}`);
          r.load('values');
          ranges.set(key, r);
        }
        bodies.set(p.name, ranges);
      }
    }, requestOptions);
    const reports: MemberReport[] = [];
    for (const p of plans) {
      // The form as the readers know it: its head, and the needed columns under the header.
      const grid = p.grid.map((line) => line.slice());
      for (const [key, r] of bodies.get(p.name) ?? []) {
        (r.values as CellValue[][]).forEach(([v], i) => {
          const row = p.headerRow + 1 + i;
          while (grid.length <= row) grid.push(Array<CellValue>(HEAD.cols).fill(null));
          grid[row][p.cols.get(key)!] = v === '' ? null : v;
        });
      }
      const read = readReport(grid, { file: null, sheet: p.name });
      if (read.report) reports.push(read.report);
      findings.push(...read.findings);
    }

  return { reports, findings, sheets: plans.length, syncs };
}
