import { quotedList } from '../../domain/text';
import { UserError } from '../../domain/userError';
import { isRetiredSheet, MARK_DONE, MARK_WRITING, Ownership, readMark, RETIRED_PREFIX, type Mark } from '../../sheets/ownership';
import { nextNumbered } from '../../sheets/numberedName';
import { sameSheetName } from '../../sheets/sheetName';
import type { WorkbookSpec } from '../../sheets/spec';
import { skippedFeatures, type ExcelCapabilities, type Skipped } from './capabilities';
import { excelUserError } from './errors';
import { batches, callBytes, workbookOps, REQUEST_BUDGET, type Op } from './operations';
import { queueOps, type Queue } from './applyOps';
import { errorCode, request, type RequestOptions } from './request';

/*
 * Creates the sheets of a workbook spec in the open workbook. One sync reads the workbook's shape
 * (sheets, tables, which sheets unionplan made); a sheet of the spec that exists already is
 * replaced only when the caller says so — unionplan's own sheets when `replaceOwned`, any when the
 * user consented (`replace`) — otherwise nothing is written and the conflicts go back to the pane to
 * ask. Every write goes in one more sync, more only past the 4 MB request budget; a request Excel
 * still finds too large is cut in halves and sent again.
 */

export type ScaffoldResult =
  | { status: 'needs-consent'; existing: string[]; foreign: string[] }
  | { status: 'done'; created: string[]; replaced: string[]; skipped: Skipped[]; syncs: number };

export interface ScaffoldOptions {
  caps: ExcelCapabilities;
  /** The user agreed to replace these existing sheets, whoever made them. */
  replace: boolean;
  /** Sheets unionplan made may be replaced without asking (they hold nothing the user typed). */
  replaceOwned?: boolean;
  budget?: number;
  onProgress?: (done: number, total: number) => void;
  /** Existing sheets to keep under another name instead of deleting them (a dated copy). */
  keepAs?: ReadonlyMap<string, string>;
  request?: RequestOptions;
}

/** The names a write must know first: sheets, tables (whose names are workbook-wide), ownership marks. */
export interface WorkbookShape {
  worksheets: Excel.WorksheetCollection;
  tables: Excel.TableCollection;
  names: Excel.NamedItemCollection;
  protection: Excel.WorkbookProtection;
}

/** Queues the loads of the workbook's shape; read it after the caller's next sync. */
export function queueShape(context: Excel.RequestContext): WorkbookShape {
  const worksheets = context.workbook.worksheets;
  // Protection options (ExcelApi 1.2): a protected sheet of unionplan's is protected again as it was.
  worksheets.load('items/name,items/protection/protected,items/protection/options');
  const tables = context.workbook.tables;
  tables.load('items/name,items/worksheet/name');
  // Workbook-scoped names, formula (ExcelApi 1.7) and comment (1.4): within the manifest's floor.
  const names = context.workbook.names;
  names.load('items/name,items/formula,items/comment');
  const protection = context.workbook.protection;
  protection.load('protected');
  return { worksheets, tables, names, protection };
}

export function ownershipOf(shape: WorkbookShape): Ownership {
  return new Ownership(shape.names.items.map((n) => readMark(n.name, n.formula, n.comment)).filter((m): m is Mark => m !== null));
}

export async function applyWorkbookSpec(context: Excel.RequestContext, spec: WorkbookSpec, options: ScaffoldOptions): Promise<ScaffoldResult> {
  try {
    const shape = await request(context, () => queueShape(context), options.request);
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
    const own = ownershipOf(shape);
    if (shape.protection.protected) {
      throw new UserError('workbook-protected',
        'Sổ làm việc đang được bảo vệ cấu trúc: không thể thêm hay thay trang tính. Bỏ bảo vệ (Xem lại → Bảo vệ Sổ làm việc) rồi thử lại.',
        'The workbook structure is protected: sheets cannot be added or replaced. Unprotect it (Review → Protect Workbook) and retry.');
    }
    const names = worksheets.items.map((w) => w.name);
    const existing = names.filter((n) => spec.sheets.some((s) => sameSheetName(s.name, n)));
    const foreign = existing.filter((n) => !own.owns(n));
    // A sheet someone protected and unionplan did not make is theirs to unprotect: never forced.
    const locked = worksheets.items.filter((w) => foreign.includes(w.name) && w.protection.protected).map((w) => w.name);
    if (locked.length) {
      const list = quotedList(locked);
      throw new UserError('sheet-protected',
        `Trang tính ${list} do bạn tạo đang được bảo vệ, và trang tính được bảo vệ không bao giờ bị xóa hay ghi đè. Đổi tên trang tính đó, hoặc bỏ bảo vệ (Xem lại → Bỏ bảo vệ Trang tính) rồi thử lại.`,
        `Sheet ${list} is yours and protected, and a protected sheet is never deleted or overwritten. Rename it, or unprotect it (Review → Unprotect Sheet) and retry.`,
        { sheet: locked[0] });
    }
    const toAsk = options.replace ? [] : options.replaceOwned ? foreign : existing;
    if (toAsk.length) return { status: 'needs-consent', existing: toAsk, foreign: toAsk.filter((n) => foreign.includes(n)) };
    const wanted = new Set(spec.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase())));
    const clashes = tables.items.filter((t) => wanted.has(t.name.toLowerCase()));
    // A same-named table on a sheet being replaced goes with it; on a sheet unionplan made and the
    // user kept under another name (a quarter's summary), it takes a number; on the user's own sheet, it is theirs.
    const replacedSheet = (t: Excel.Table) => existing.some((n) => sameSheetName(n, t.worksheet.name));
    const tableElsewhere = clashes.find((t) => !replacedSheet(t) && !own.owns(t.worksheet.name));
    if (tableElsewhere) {
      throw new UserError('table-name-taken',
        `Trang tính "${tableElsewhere.worksheet.name}" có một bảng tên "${tableElsewhere.name}", trùng tên một bảng cần tạo. Hãy đổi tên bảng đó (Thiết kế Bảng → Tên Bảng) rồi thử lại.`,
        `Sheet "${tableElsewhere.worksheet.name}" has a table named "${tableElsewhere.name}", a name needed for a new table. Rename that table (Table Design → Table Name) and retry.`,
        { sheet: tableElsewhere.worksheet.name });
    }
    // Tables and defined names share one namespace in Excel: a name the user defined blocks a table of that name.
    const definedName = shape.names.items.find((n) => wanted.has(n.name.toLowerCase()));
    if (definedName) {
      throw new UserError('table-name-taken',
        `Sổ làm việc có một tên đã đặt "${definedName.name}", trùng tên một bảng cần tạo. Hãy đổi tên hoặc xóa tên đó (Công thức → Trình quản lý Tên) rồi thử lại.`,
        `The workbook has a defined name "${definedName.name}", a name needed for a new table. Rename or delete it (Formulas → Name Manager) and retry.`);
    }

    // The old sheets step aside under temporary names and go once the new ones exist, so the
    // workbook is never left without a sheet and formulas are rebuilt against the new ones.
    const taken = new Set(names.map((n) => n.toLowerCase()));
    const retiredNames = new Map<string, string>();
    const keepAs = (name: string) => [...(options.keepAs ?? [])].find(([n]) => sameSheetName(n, name))?.[1];
    for (const name of existing) if (!keepAs(name)) retiredNames.set(name, nextNumbered(RETIRED_PREFIX, taken));
    const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
    const oldTableNames = clashes.map((t) => (replacedSheet(t) ? nextNumbered('unionplan_old_', tableNames) : nextNumbered(`${t.name}_`, tableNames, 2)));
    let retired: Excel.Worksheet[] = [];
    // A protected sheet refuses a table rename (AccessDenied): unionplan's own protected sheets (report
    // forms) are unprotected for it, and those that stay are protected again with their own options.
    const protection = new Map(worksheets.items.filter((w) => w.protection.protected).map((w) => [w.name, w.protection.options]));
    const unprotect = [...new Set(clashes.map((t) => t.worksheet.name))].filter((n) => protection.has(n));
    const staying = unprotect.filter((n) => !retiredNames.has(n));
    const stepAside = () => {
      for (const n of unprotect) worksheets.getItem(n).protection.unprotect();
      clashes.forEach((t, i) => (t.name = oldTableNames[i]));
      for (const n of staying) worksheets.getItem(n).protection.protect(protection.get(n));
      retired = existing.flatMap((name) => {
        const ws = worksheets.getItem(name);
        const kept = keepAs(name);
        ws.name = kept ?? retiredNames.get(name)!;
        return kept ? [] : [ws];
      });
    };
    // Marks of the sheets being replaced, and of sheets the user deleted, go with the last request.
    const staleMarks = [...[...retiredNames.keys()].flatMap((n) => own.markOf(n) ?? []), ...own.dangling()];
    const markNames = new Set<string>();
    const newMarks: Excel.NamedItem[] = [];
    const queue: Queue = { sheets: new Map() };

    const budget = options.budget ?? REQUEST_BUDGET;
    // Room in each request for what goes beside the ops: the old sheets and tables stepping aside, the marks going.
    const aside = callBytes(2 * clashes.length + 3 * unprotect.length + 3 * existing.length + 2 * staleMarks.length + 4);
    const requests = batches(workbookOps(spec, options.caps, budget), budget - aside);
    for (let i = 0; i < requests.length; i++) {
      const before = { sheets: new Map(queue.sheets), marks: newMarks.length };
      const queueRequest = () => {
        queue.sheets = new Map(before.sheets);
        newMarks.length = before.marks;
        const last = i === requests.length - 1;
        // Formulas need not recalculate between the requests of one write; the last request is not
        // suspended and recalculates, since Excel leaves that to the add-in after a suspension
        // (Application.suspendApiCalculationUntilNextSync). A write of one request is never suspended.
        if (!last) context.application.suspendApiCalculationUntilNextSync();
        if (i === 0) stepAside();
        queueOps(context, requests[i], queue);
        for (const op of requests[i]) if (op.kind === 'addSheet') newMarks.push(queueMark(context, queue.sheets.get(op.sheet)!, own.freeName(markNames)));
        if (last) {
          for (const m of staleMarks) context.workbook.names.getItem(m.name).delete();
          retired.forEach((ws) => ws.delete());
          for (const m of newMarks) m.comment = MARK_DONE;
          if (requests.length > 1) context.application.calculate('Full');
        }
      };
      try {
        await request(context, queueRequest, options.request);
      } catch (e) {
        // Excel refused the request whole; its halves go instead, in order.
        if (errorCode(e) !== 'RequestPayloadSizeLimitExceeded' || requests[i].length < 2) throw e;
        requests.splice(i, 1, ...halves(requests[i]));
        queue.sheets = before.sheets;
        newMarks.length = before.marks;
        syncs++;
        i--;
        continue;
      }
      syncs++;
      options.onProgress?.(i + 1, requests.length);
    }
    return { status: 'done', created: spec.sheets.map((s) => s.name), replaced: existing, skipped: skippedFeatures(options.caps), syncs };
  } catch (e) {
    throw excelUserError(e);
  }
}

function halves(ops: Op[]): Op[][] {
  const mid = Math.ceil(ops.length / 2);
  return [ops.slice(0, mid), ops.slice(mid)];
}

/** The hidden name that says unionplan made this sheet; "writing" until the last request lands. */
function queueMark(context: Excel.RequestContext, ws: Excel.Worksheet, name: string): Excel.NamedItem {
  const mark = context.workbook.names.add(name, ws.getRange('A1'), MARK_WRITING);
  mark.visible = false;
  return mark;
}

/** Sheets a stopped write left behind, for `Kiểm tra` to report. */
export function leftovers(shape: WorkbookShape): { incomplete: string[]; retired: string[] } {
  return { incomplete: ownershipOf(shape).incomplete(), retired: shape.worksheets.items.map((w) => w.name).filter(isRetiredSheet) };
}
