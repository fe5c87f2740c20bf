import { UserError } from '../../domain/userError';
import { sameSheetName } from '../../sheets/sheetName';
import type { WorkbookSpec } from '../../sheets/spec';
import { skippedFeatures, type ExcelCapabilities, type Skipped } from './capabilities';
import { excelUserError } from './errors';
import { batches, workbookOps, REQUEST_BUDGET } from './operations';
import { queueOps, type Queue } from './applyOps';

/**
 * Creates the sheets of a workbook spec in the open workbook. One sync reads the sheet names; if a
 * sheet of the spec exists already and the caller has not consented, nothing is written and the
 * conflicts are returned so the pane can ask. Otherwise every write goes in one more sync (more only
 * when the content passes the 4 MB request budget).
 */
export type ScaffoldResult =
  | { status: 'needs-consent'; existing: string[] }
  | { status: 'done'; created: string[]; replaced: string[]; skipped: Skipped[]; syncs: number };

export interface ScaffoldOptions {
  caps: ExcelCapabilities;
  /** The user agreed to replace these existing sheets. */
  replace: boolean;
  budget?: number;
  onProgress?: (done: number, total: number) => void;
  /** Existing sheets to keep under another name instead of deleting them (a dated copy). */
  keepAs?: ReadonlyMap<string, string>;
}

const OLD_PREFIX = '~unionplan-old-';

/** The names a write must know first: sheets, and tables (whose names are workbook-wide). */
export interface WorkbookShape {
  worksheets: Excel.WorksheetCollection;
  tables: Excel.TableCollection;
}

/** Queues the loads of the workbook's shape; read it after the caller's next sync. */
export function queueShape(context: Excel.RequestContext): WorkbookShape {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const tables = context.workbook.tables;
  tables.load('items/name,items/worksheet/name');
  return { worksheets, tables };
}

export async function applyWorkbookSpec(context: Excel.RequestContext, spec: WorkbookSpec, options: ScaffoldOptions): Promise<ScaffoldResult> {
  try {
    const shape = queueShape(context);
    await context.sync();
    const result = await writeWorkbookSpec(context, spec, shape, options);
    return result.status === 'done' ? { ...result, syncs: result.syncs + 1 } : result;
  } catch (e) {
    throw excelUserError(e);
  }
}

/**
 * Writes a spec into a workbook whose shape was loaded in an earlier sync (so a caller that reads
 * other things in that sync pays nothing extra).
 */
export async function writeWorkbookSpec(context: Excel.RequestContext, spec: WorkbookSpec, shape: WorkbookShape, options: ScaffoldOptions): Promise<ScaffoldResult> {
  try {
    let syncs = 0;
    const { worksheets, tables } = shape;
    const names = worksheets.items.map((w) => w.name);
    const existing = names.filter((n) => spec.sheets.some((s) => sameSheetName(s.name, n)));
    const wanted = new Set(spec.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase())));
    const clashes = tables.items.filter((t) => wanted.has(t.name.toLowerCase()));
    const foreign = clashes.find((t) => !existing.some((n) => sameSheetName(n, t.worksheet.name)));
    if (foreign) {
      throw new UserError('table-name-taken',
        `Trang tính "${foreign.worksheet.name}" có một bảng tên "${foreign.name}", trùng tên bảng unionplan cần. Hãy đổi tên bảng đó (Thiết kế Bảng → Tên Bảng) rồi thử lại.`,
        `Sheet "${foreign.worksheet.name}" has a table named "${foreign.name}", which unionplan needs. Rename that table (Table Design → Table Name) and retry.`,
        { sheet: foreign.worksheet.name });
    }
    if (existing.length && !options.replace) return { status: 'needs-consent', existing };

    // The old sheets step aside under temporary names and go once the new ones exist, so the
    // workbook is never left without a sheet and formulas are rebuilt against the new ones.
    const taken = new Set(names.map((n) => n.toLowerCase()));
    const freeName = () => {
      let i = 1;
      while (taken.has(`${OLD_PREFIX}${i}`)) i++;
      taken.add(`${OLD_PREFIX}${i}`);
      return `${OLD_PREFIX}${i}`;
    };
    const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
    clashes.forEach((t) => {
      let i = 1;
      while (tableNames.has(`unionplan_old_${i}`)) i++;
      tableNames.add(`unionplan_old_${i}`);
      t.name = `unionplan_old_${i}`;
    });
    const keepAs = (name: string) => [...(options.keepAs ?? [])].find(([n]) => sameSheetName(n, name))?.[1];
    const retired = existing.flatMap((name) => {
      const ws = worksheets.getItem(name);
      const kept = keepAs(name);
      ws.name = kept ?? freeName();
      return kept ? [] : [ws];
    });
    context.application.suspendApiCalculationUntilNextSync();
    const budget = options.budget ?? REQUEST_BUDGET;
    const requests = batches(workbookOps(spec, options.caps, budget), budget);
    const queue: Queue = { sheets: new Map() };
    for (let i = 0; i < requests.length; i++) {
      queueOps(context, requests[i], queue);
      if (i === requests.length - 1) retired.forEach((ws) => ws.delete());
      await context.sync();
      syncs++;
      options.onProgress?.(i + 1, requests.length);
    }
    return { status: 'done', created: spec.sheets.map((s) => s.name), replaced: existing, skipped: skippedFeatures(options.caps), syncs };
  } catch (e) {
    throw excelUserError(e);
  }
}
