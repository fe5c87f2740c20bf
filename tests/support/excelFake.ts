/**
 * A strict in-memory stand-in for the part of Office.js unionplan uses (docs/excel.md). Unlike
 * office-addin-mock it behaves like Excel where bugs hide; every rule cites its source here and in
 * docs/excel-fake.md:
 * - writes are queued and run at sync(), in order; a failing action stops the request there and the
 *   earlier ones stay done (Excel does not roll a request back);
 * - a property that was not loaded, or loaded but not yet synced, throws PropertyNotLoaded;
 * - text written to cells is typed as Excel types it (excelFakeTyping.ts);
 * - protected sheets refuse, with AccessDenied, every change but values in unlocked cells and what
 *   the protection options allow;
 * - sheet names are found ignoring case only; table names follow Excel's rules and share one
 *   namespace with defined names;
 * - calculation suspended for a request stays pending until an `application.calculate`;
 * - Excel's length limits (validation texts, list sources, headers and footers, cells) and ranges
 *   (print zoom) are checked;
 * - requests and responses are measured as Office.js would send them and refused over 5 MB.
 */
import { columnIndex, columnLetters, quoteSheetName } from '../../src/sheets/a1';
import { ACTION_BYTES, jsonBytes, PATH_BYTES, PAYLOAD_LIMIT, READ_CELL_LIMIT, RESULT_BYTES } from './excelFakeBytes';
import { FakeOfficeError, LoadedProps, loadedValue, notLoaded } from './excelFakeLoad';
import { badDefinedName, badSheetName, badTableName, sameName, sameSheet } from './excelFakeNames';
import { typed, type Typed, type ValueType } from './excelFakeTyping';

export { FakeOfficeError };

type Scalar = string | number | boolean | null;
interface Rect { row: number; col: number; rows: number; cols: number }

/** A cell: what was written or typed (`formula`), and, when written through the API, what Excel made of it. */
export interface CellState { formula: Scalar; numberFormat?: string; typed?: Typed }

export type ProtectionOptions = Partial<Record<'allowAutoFilter' | 'allowDeleteColumns' | 'allowDeleteRows' | 'allowEditObjects' | 'allowEditScenarios' | 'allowFormatCells' | 'allowFormatColumns' | 'allowFormatRows' | 'allowInsertColumns' | 'allowInsertHyperlinks' | 'allowInsertRows' | 'allowPivotTables' | 'allowSort', boolean>> & { selectionMode?: string };

/**
 * What an action changes, for the protection rules. On a protected sheet Excel lets through only
 * values in unlocked cells and what the options allow (WorksheetProtectionOptions: allowFormatCells,
 * allowFormatColumns, allowFormatRows, allowEditObjects…); tables, merges, data validation,
 * conditional formats and page setup are refused (Review → Protect Sheet disables them; "Lock or
 * unlock specific areas of a protected worksheet", support.microsoft.com), and so is unlocking a cell.
 */
type Touch = 'cells' | 'formatCells' | 'formatColumns' | 'formatRows' | 'lock' | 'objects' | 'charts';

const CELL_TEXT_LIMIT = 32_767;

/** Cells set directly by a test are typed when read; the result is kept while the cell is unchanged. */
const typedOnRead = new WeakMap<CellState, { formula: string; numberFormat?: string; typed: Typed }>();

function cellTyped(cell: CellState | undefined): Typed {
  if (!cell) return { value: null, type: 'Empty' };
  if (cell.typed) return cell.typed;
  const v = cell.formula;
  if (typeof v === 'string') {
    const known = typedOnRead.get(cell);
    if (known && known.formula === v && known.numberFormat === cell.numberFormat) return known.typed;
    const t = typed(v, cell.numberFormat);
    typedOnRead.set(cell, { formula: v, numberFormat: cell.numberFormat, typed: t });
    return t;
  }
  if (v === null) return { value: null, type: 'Empty' };
  return { value: v, type: typeof v === 'number' ? 'Double' : 'Boolean' };
}

export class SheetState {
  cells = new Map<string, CellState>();
  formats: { address: string; prop: string; value: unknown }[] = [];
  tables: { name: string; rect: Rect; style?: string }[] = [];
  merges: string[] = [];
  validations: { address: string; rule?: unknown; errorAlert?: unknown }[] = [];
  conditionalFormats: { address: string; type: string; formula?: string; fill?: string }[] = [];
  freeze: { rows: number; cols: number } | null = null;
  pageLayout: Record<string, unknown> = {};
  /** 0-based rows a manual page break starts. */
  rowBreaks: number[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  tabColor = '';
  protected = false;
  protectionOptions: ProtectionOptions = {};
  /** Cells whose format.protection.locked was set to false: every other cell is locked, as in Excel. */
  unlocked: Rect[] = [];
  hiddenColumns = new Set<number>();
  charts: FakeChartState[] = [];
  constructor(public name: string) {}

  /** What the cell holds as written or typed: formula text, the string with its apostrophe, a number. */
  get(row: number, col: number): Scalar {
    return this.cells.get(`${row},${col}`)?.formula ?? null;
  }
  /** What Excel made of it: a typed string, number, boolean or error (Range.valueTypes). */
  typed(row: number, col: number): Typed {
    return cellTyped(this.cells.get(`${row},${col}`));
  }
  /** The cell as Range.values gives it, without evaluating formulas: the fake cannot, so they read as null. */
  value(row: number, col: number): Scalar {
    const t = this.typed(row, col);
    return t.type === 'Formula' ? null : t.value;
  }
  valueType(row: number, col: number): ValueType {
    return this.typed(row, col).type;
  }

  isLocked(row: number, col: number): boolean {
    return !this.unlocked.some((r) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols);
  }

  /** AccessDenied when the sheet's protection forbids the change (see Touch). */
  guard(touch: Touch, rect?: Rect): void {
    if (!this.protected) return;
    const o = this.protectionOptions;
    const allowed = touch === 'cells' ? rect !== undefined && this.allUnlocked(rect)
      : touch === 'formatCells' ? o.allowFormatCells
        : touch === 'formatColumns' ? o.allowFormatColumns
          : touch === 'formatRows' ? o.allowFormatRows
            : touch === 'charts' ? o.allowEditObjects
              : false;
    if (!allowed) throw new FakeOfficeError('AccessDenied', `You cannot perform the requested operation: sheet "${this.name}" is protected (${touch}).`);
  }

  private allUnlocked(r: Rect): boolean {
    for (let i = r.row; i < r.row + r.rows; i++) for (let j = r.col; j < r.col + r.cols; j++) if (this.isLocked(i, j)) return false;
    return true;
  }
}

export interface FakeChartState {
  type: string;
  data: Rect;
  seriesBy: string;
  title?: string;
  position?: { from: string; to?: string };
  legend?: string;
  valueAxisTitle?: string;
  /** How many series Excel made of the data, found at sync from its content. */
  seriesCount: number;
  /** Series index → its own chart type. */
  seriesTypes: Map<number, string>;
}

/** A workbook-scoped defined name referring to a cell: its formula follows the sheet's renames and breaks when it goes. */
export interface NameState {
  name: string;
  sheet: SheetState;
  cell: string;
  comment: string;
  visible: boolean;
}

export class WorkbookState {
  sheets: SheetState[] = [];
  names: NameState[] = [];
  /** Workbook structure protection: no sheet may be added, renamed or deleted. */
  structureProtected = false;
  active = '';
  selection: { sheet: string; address: string } | null = null;
  /**
   * Cells changed in a request that suspended calculation, and no `application.calculate` since:
   * formulas may show stale values ("Once set, it is the developer's responsibility to re-calc the
   * workbook, to ensure that any dependencies are propagated" — Application.suspendApiCalculationUntilNextSync).
   */
  calculationPending = false;
  constructor(names: string[] = ['Sheet1']) {
    this.sheets = names.map((n) => new SheetState(n));
    this.active = names[0] ?? '';
  }
  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => sameSheet(s.name, name));
  }
  formulaOf(n: NameState): string {
    const abs = n.cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
    return this.sheets.includes(n.sheet) ? `=${quoteSheetName(n.sheet.name)}!${abs}` : `=#REF!${abs}`;
  }
  /** A table or defined name already called `name` (one namespace, case ignored). */
  nameTaken(name: string, except?: unknown): boolean {
    return this.sheets.some((s) => s.tables.some((t) => t !== except && sameName(t.name, name))) || this.names.some((n) => n !== except && sameName(n.name, name));
  }
}

function parseAddress(address: string): Rect {
  // Whole columns ("G:G", "G:I"), as Excel takes them.
  const cols = /^(?:.+!)?\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(address);
  if (cols) {
    const c1 = columnIndex(cols[1]), c2 = columnIndex(cols[2]);
    if (c2 < c1 || c2 > 16383) throw new FakeOfficeError('InvalidArgument', `bad address ${address}`);
    return { row: 0, col: c1, rows: 1048576, cols: c2 - c1 + 1 };
  }
  const m = /^(?:.+!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address);
  if (!m) throw new FakeOfficeError('InvalidArgument', `bad address ${address}`);
  const r1 = Number(m[2]) - 1, c1 = columnIndex(m[1]);
  const r2 = m[4] ? Number(m[4]) - 1 : r1, c2 = m[3] ? columnIndex(m[3]) : c1;
  if (r1 < 0 || r2 < r1 || c2 < c1 || r2 > 1048575 || c2 > 16383) throw new FakeOfficeError('InvalidArgument', `bad address ${address}`);
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

interface Action { describe: unknown; run: () => void }

export class FakeContext {
  syncCount = 0;
  requestBytes: number[] = [];
  responseBytes: number[] = [];
  private responding = 0;
  private pathBytes = 0;
  private pending: Action[] = [];
  /** True while a request that called suspendApiCalculationUntilNextSync runs. */
  private suspended = false;
  readonly workbook: FakeWorkbook;
  readonly application: { suspendApiCalculationUntilNextSync: () => void; calculate: (type: string) => void };
  /** Excel on the web's limit, for requests and responses alike. */
  requestLimit = PAYLOAD_LIMIT;
  /** The user is typing in a cell for this many more syncs: Excel refuses each request whole. */
  cellEditFor = 0;

  constructor(readonly state: WorkbookState = new WorkbookState()) {
    this.workbook = new FakeWorkbook(this);
    this.application = {
      // ExcelApi 1.6: suspends calculation "until the next context.sync()", i.e. for this request.
      suspendApiCalculationUntilNextSync: () => this.queue({ op: 'suspendCalc' }, () => (this.suspended = true)),
      // Recalculates; asked for inside the suspended request itself it cannot be relied on, so it counts only outside one.
      calculate: (type: string) => this.queue({ op: 'calculate', type }, () => {
        if (!['Recalculate', 'Full', 'FullRebuild'].includes(type)) throw new FakeOfficeError('InvalidArgument', `calculation type ${type}`);
        if (!this.suspended) this.state.calculationPending = false;
      }),
    };
  }

  queue(describe: unknown, run: () => void): void {
    this.pending.push({ describe, run });
  }

  /** A proxy object (a sheet, a range, its format…) the request must describe. */
  path(describe: unknown): void {
    this.pathBytes += PATH_BYTES + jsonBytes(describe);
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const actions = this.pending;
    this.pending = [];
    const bytes = actions.reduce((n, a) => n + ACTION_BYTES + jsonBytes(a.describe), this.pathBytes);
    this.pathBytes = 0;
    this.requestBytes.push(bytes);
    if (this.cellEditFor > 0) {
      this.cellEditFor--;
      throw new FakeOfficeError('InvalidOperationInCellEditMode', 'the user is editing a cell');
    }
    if (bytes > this.requestLimit) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `request of ${bytes} bytes`);
    this.responding = 0;
    try {
      for (const a of actions) a.run();
    } finally {
      this.suspended = false;
    }
    this.responseBytes.push(this.responding);
    if (this.responding > this.requestLimit) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `response of ${this.responding} bytes`);
  }

  /** Called by loads as they run: the bytes Excel would send back for one loaded object. */
  respond(values: unknown): void {
    this.responding += RESULT_BYTES + jsonBytes(values);
  }

  /** Called by every change to cells: under suspended calculation, formulas are now stale. */
  changed(): void {
    if (this.suspended) this.state.calculationPending = true;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.requestBytes);
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.responseBytes);
  }
}

function checkSheetName(state: WorkbookState, name: unknown, self?: SheetState): void {
  if (badSheetName(name)) throw new FakeOfficeError('InvalidArgument', `invalid sheet name ${String(name)}`);
  if (state.sheets.some((s) => s !== self && sameSheet(s.name, name as string))) throw new FakeOfficeError('ItemAlreadyExists', `sheet ${String(name)} exists`);
}

/**
 * A table name Excel accepts: its rules, and no other table or defined name of that name. A duplicate
 * is InvalidArgument, not ItemAlreadyExists (OfficeDev/office-js#551, "Duplicate Table Name Issues":
 * "The argument is invalid or missing or has an incorrect format.").
 */
function checkTableName(state: WorkbookState, name: unknown, self: unknown): void {
  if (badTableName(name)) throw new FakeOfficeError('InvalidArgument', `invalid table name ${String(name)}`);
  if (state.nameTaken(name as string, self)) throw new FakeOfficeError('InvalidArgument', `the name ${String(name)} is taken by a table or a defined name`);
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly protection: { load: (props?: string) => unknown; readonly protected: boolean };
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
    let loaded: LoadedProps | null = null;
    let value = false;
    this.protection = {
      load(props?: string) {
        ctx.queue({ op: 'workbook.protection.load', props }, () => {
          loaded = new LoadedProps(props, ['protected']);
          value = ctx.state.structureProtected;
          ctx.respond({ protected: value });
        });
        return this;
      },
      get protected() { return loadedValue(loaded, 'protected', () => value); },
    };
  }
}

/** Workbook-scoped names (ExcelApi 1.4 add/delete, 1.7 formula). */
class FakeNamedItemCollection {
  private loaded: { props: LoadedProps; items: Record<string, unknown>[] } | null = null;
  constructor(private ctx: FakeContext) {}

  load(props?: string): this {
    this.ctx.queue({ op: 'names.load', props }, () => {
      const p = new LoadedProps(props, ['name', 'formula', 'comment', 'visible', 'type', 'value']);
      const items = this.ctx.state.names.map((n) => {
        const all: Record<string, unknown> = { name: n.name, formula: this.ctx.state.formulaOf(n), comment: n.comment, visible: n.visible, type: 'Range', value: this.ctx.state.formulaOf(n).slice(1) };
        const item: Record<string, unknown> = {};
        for (const k of Object.keys(all)) Object.defineProperty(item, k, { get: () => loadedValue(p, k, () => all[k]), enumerable: true });
        this.ctx.respond(Object.fromEntries(p.list().map((k) => [k, all[k]])));
        return item;
      });
      this.loaded = { props: p, items };
    });
    return this;
  }

  get items() {
    if (!this.loaded) notLoaded('names.items');
    return this.loaded.items;
  }

  add(name: string, reference: FakeRange, comment = '') {
    let bound: NameState | undefined;
    const ctx = this.ctx;
    if (!(reference instanceof FakeRange)) throw new Error('the fake takes a Range as a name reference');
    ctx.path({ op: 'names.add', name });
    ctx.queue({ op: 'names.add', name, address: reference.address, comment }, () => {
      if (badDefinedName(name)) throw new FakeOfficeError('InvalidArgument', `invalid name ${name}`);
      if (ctx.state.nameTaken(name)) throw new FakeOfficeError('ItemAlreadyExists', `name ${name} exists`);
      if (reference.rect.rows !== 1 || reference.rect.cols !== 1) throw new FakeOfficeError('InvalidArgument', 'the fake names single cells');
      bound = { name, sheet: reference.sheetState(), cell: reference.address.split(':')[0], comment, visible: true };
      ctx.state.names.push(bound);
    });
    const item = {} as { visible: boolean; comment: string };
    Object.defineProperty(item, 'visible', { set: (v: boolean) => ctx.queue({ op: 'name.visible', name, v }, () => (bound!.visible = v)), get: () => notLoaded('visible') });
    Object.defineProperty(item, 'comment', { set: (v: string) => ctx.queue({ op: 'name.comment', name, v }, () => (bound!.comment = v)), get: () => notLoaded('comment') });
    return item;
  }

  getItem(name: string) {
    const ctx = this.ctx;
    ctx.path({ op: 'names.getItem', name });
    return {
      delete: () => ctx.queue({ op: 'name.delete', name }, () => {
        const n = ctx.state.names.find((x) => sameName(x.name, name));
        if (!n) throw new FakeOfficeError('ItemNotFound', `no name ${name}`);
        ctx.state.names = ctx.state.names.filter((x) => x !== n);
      }),
    };
  }
}

/** The workbook's tables: names are unique across all sheets and defined names, as in Excel. */
class FakeTableCollection {
  private loaded: { name: string; worksheet: { name: string } }[] | null = null;
  constructor(private ctx: FakeContext) {}

  load(props?: string): this {
    this.ctx.queue({ op: 'tables.load', props }, () => {
      const p = new LoadedProps(props, ['name', 'showHeaders', 'showTotals', 'style']);
      const ctx = this.ctx;
      this.loaded = ctx.state.sheets.flatMap((sheet) => sheet.tables.map((t) => {
        ctx.respond(Object.fromEntries(p.list().map((k) => [k, k === 'worksheet/name' ? sheet.name : k === 'name' ? t.name : null])));
        const worksheet = {};
        const sheetName = sheet.name;
        Object.defineProperty(worksheet, 'name', { get: () => loadedValue(p, 'worksheet/name', () => sheetName) });
        const item = { worksheet } as { name: string; worksheet: { name: string } };
        const loadedName = t.name;
        Object.defineProperty(item, 'name', {
          get: () => loadedValue(p, 'name', () => loadedName),
          // Renaming an existing table: Table.name.
          set: (value: string) => ctx.queue({ op: 'table.rename', from: loadedName, value }, () => {
            const owner = ctx.state.sheets.find((s) => s.tables.includes(t));
            if (!owner) throw new FakeOfficeError('ItemNotFound', `table ${loadedName} is gone`);
            owner.guard('objects');
            checkTableName(ctx.state, value, t);
            t.name = value;
          }),
        });
        return item;
      }));
    });
    return this;
  }

  get items() {
    if (!this.loaded) notLoaded('tables.items');
    return this.loaded;
  }
}

class FakeWorksheetCollection {
  private loaded: FakeWorksheet[] | null = null;
  constructor(private ctx: FakeContext) {}

  load(props?: string): this {
    this.ctx.queue({ op: 'worksheets.load', props }, () => {
      const p = new LoadedProps(props, ['name', 'id', 'position', 'visibility', 'tabColor']);
      this.loaded = this.ctx.state.sheets.map((s) => {
        const w = new FakeWorksheet(this.ctx, () => s, `item:${s.name}`, false);
        w.markLoaded(p, s);
        this.ctx.respond(Object.fromEntries(p.list().map((k) => [k, k === 'name' ? s.name : k.startsWith('protection/') ? s.protected : null])));
        return w;
      });
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loaded) notLoaded('items');
    return this.loaded;
  }

  add(name: string): FakeWorksheet {
    let bound: SheetState | undefined;
    this.ctx.queue({ op: 'worksheets.add', name }, () => {
      if (this.ctx.state.structureProtected) throw new FakeOfficeError('AccessDenied', 'the workbook structure is protected');
      checkSheetName(this.ctx.state, name);
      bound = new SheetState(name);
      this.ctx.state.sheets.push(bound);
    });
    return new FakeWorksheet(this.ctx, () => bound ?? notLoaded('worksheet'), `add:${name}`);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    let bound: SheetState | undefined;
    const ws = new FakeWorksheet(this.ctx, () => bound ?? notLoaded('worksheet'), `getOrNull:${name}`);
    this.ctx.queue({ op: 'worksheets.getItemOrNullObject', name }, () => {
      bound = this.ctx.state.sheet(name);
      ws.nullObject = !bound;
    });
    return ws;
  }

  getItem(name: string): FakeWorksheet {
    let bound: SheetState | undefined;
    this.ctx.queue({ op: 'worksheets.getItem', name }, () => {
      bound = this.ctx.state.sheet(name);
      if (!bound) throw new FakeOfficeError('ItemNotFound', `no sheet ${name}`);
    });
    return new FakeWorksheet(this.ctx, () => bound!, `get:${name}`);
  }
}

const HEADER_FOOTER_KEYS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];

class FakeWorksheet {
  private loaded: LoadedProps | null = null;
  private loadedFrom: SheetState | null = null;
  readonly tables: { add: (address: string, hasHeaders: boolean) => FakeTable };
  readonly freezePanes: { freezeRows: (n: number) => void; freezeAt: (r: FakeRange) => void };
  readonly pageLayout: Record<string, unknown>;
  readonly horizontalPageBreaks: { add: (address: string) => void };
  readonly protection: { protect: (options?: ProtectionOptions, password?: string) => void; unprotect: (password?: string) => void; readonly protected: boolean; readonly options: ProtectionOptions };
  readonly charts: { add: (type: string, source: FakeRange, seriesBy?: string) => unknown };

  constructor(private ctx: FakeContext, readonly resolve: () => SheetState, private id: string, isNewPath = true) {
    if (isNewPath) ctx.path({ id });
    this.charts = { add: (type, source, seriesBy = 'Auto') => fakeChart(ctx, resolve, id, type, source, seriesBy) };
    const loaded = () => ({ props: this.loaded, from: this.loadedFrom });
    this.protection = {
      // "Protects a worksheet. Fails if the worksheet has already been protected." (WorksheetProtection.protect)
      protect: (options, password) => ctx.queue({ op: 'protection.protect', id, options, password }, () => {
        const sheet = resolve();
        if (sheet.protected) throw new FakeOfficeError('InvalidOperation', 'the sheet is already protected');
        sheet.protected = true;
        sheet.protectionOptions = { ...(options ?? {}) };
      }),
      // Some Excel builds refuse to unprotect a sheet that is not protected (OfficeDev/office-js#6784): the fake always does.
      unprotect: (password) => ctx.queue({ op: 'protection.unprotect', id, password }, () => {
        const sheet = resolve();
        if (!sheet.protected) throw new FakeOfficeError('AccessDenied', 'the sheet is not protected');
        sheet.protected = false;
      }),
      get protected() { return loadedValue(loaded().props, 'protection/protected', () => loaded().from!.protected); },
      get options() { return loadedValue(loaded().props, 'protection/options', () => ({ ...loaded().from!.protectionOptions })); },
    };
    this.horizontalPageBreaks = {
      add: (address) => ctx.queue({ op: 'horizontalPageBreaks.add', id, address }, () => {
        const rect = parseAddress(address);
        if (rect.rows !== 1 && rect.cols !== 1) throw new FakeOfficeError('InvalidArgument', 'a page break takes one cell or row');
        resolve().guard('objects');
        resolve().rowBreaks.push(rect.row);
      }),
    };
    this.tables = {
      add: (address, hasHeaders) => {
        const t = new FakeTable(ctx, id);
        ctx.path({ op: 'tables.add', id, address });
        ctx.queue({ op: 'tables.add', id, address, hasHeaders }, () => {
          const sheet = resolve();
          const rect = parseAddress(address);
          sheet.guard('objects');
          if (rect.rows < 2) throw new FakeOfficeError('InvalidArgument', 'a table needs a header and a data row');
          if (sheet.tables.some((x) => overlaps(x.rect, rect))) throw new FakeOfficeError('InvalidArgument', 'tables cannot overlap');
          let n = ctx.state.sheets.reduce((k, s) => k + s.tables.length, 0) + 1;
          while (ctx.state.nameTaken(`Table${n}`)) n++;
          t.state = { name: `Table${n}`, rect };
          t.sheet = sheet;
          sheet.tables.push(t.state);
        });
        return t;
      },
    };
    this.freezePanes = {
      freezeRows: (n) => ctx.queue({ op: 'freezeRows', id, n }, () => (resolve().freeze = { rows: n, cols: 0 })),
      freezeAt: (r) => ctx.queue({ op: 'freezeAt', id, address: r.address }, () => {
        const rect = r.rect;
        resolve().freeze = { rows: rect.row + rect.rows, cols: rect.col + rect.cols };
      }),
    };
    this.pageLayout = fakePageLayout(ctx, resolve, id);
  }

  /** Set at sync for objects from getItemOrNullObject. */
  nullObject: boolean | undefined;

  get isNullObject(): boolean {
    if (this.nullObject === undefined) notLoaded('isNullObject');
    return this.nullObject;
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return FakeRange.used(this.ctx, () => (this.nullObject ? undefined : this.resolve()), this.id, valuesOnly);
  }

  /** The properties a load of this sheet (or of the collection it came from) filled. */
  markLoaded(props: LoadedProps, from: SheetState): void {
    this.loaded = props;
    this.loadedFrom = from;
    this.loadedName = from.name;
  }

  private loadedName = '';

  get name(): string {
    return loadedValue(this.loaded, 'name', () => this.loadedName);
  }

  set name(value: string) {
    this.ctx.queue({ op: 'worksheet.name', id: this.id, value }, () => {
      if (this.ctx.state.structureProtected) throw new FakeOfficeError('AccessDenied', 'the workbook structure is protected');
      const s = this.resolve();
      checkSheetName(this.ctx.state, value, s);
      s.name = value;
    });
  }

  set tabColor(value: string) {
    this.ctx.queue({ op: 'tabColor', id: this.id, value }, () => (this.resolve().tabColor = value));
  }

  load(props?: string): this {
    this.ctx.queue({ op: 'worksheet.load', id: this.id, props }, () => {
      const s = this.resolve();
      const p = new LoadedProps(props, ['name', 'id', 'position', 'visibility', 'tabColor']);
      this.markLoaded(p, s);
      this.ctx.respond(Object.fromEntries(p.list().map((k) => [k, k === 'name' ? s.name : null])));
    });
    return this;
  }

  delete(): void {
    this.ctx.queue({ op: 'worksheet.delete', id: this.id }, () => {
      if (this.ctx.state.structureProtected) throw new FakeOfficeError('AccessDenied', 'the workbook structure is protected');
      const s = this.resolve();
      if (this.ctx.state.sheets.length === 1) throw new FakeOfficeError('InvalidOperation', 'cannot delete the only sheet');
      this.ctx.state.sheets = this.ctx.state.sheets.filter((x) => x !== s);
    });
  }

  activate(): void {
    this.ctx.queue({ op: 'activate', id: this.id }, () => (this.ctx.state.active = this.resolve().name));
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.ctx, this.resolve, this.id, parseAddress(address));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this.resolve, this.id, { row, col, rows, cols });
  }
}

/**
 * Page setup (ExcelApi 1.9): refused on a protected sheet; a header or footer section over 255
 * characters is refused (Excel's Page Setup limit, enforced by openers of the file too — ClosedXML
 * "Headers and Footers cannot be longer than 255 characters (including style markups)",
 * ClosedXML/ClosedXML#141; jmcnamara/libxlsxwriter#305); the print zoom's scale "can be between 10
 * and 400" and fit-to-pages counts are 0 (automatic) to 32767 (PageLayoutZoomOptions).
 */
function fakePageLayout(ctx: FakeContext, resolve: () => SheetState, id: string): Record<string, unknown> {
  let described = false;
  const layout = (key: string, value: unknown, check?: () => void) => {
    if (!described) ctx.path({ id, op: 'pageLayout' });
    described = true;
    ctx.queue({ op: 'pageLayout', id, key, value }, () => {
      resolve().guard('objects');
      check?.();
      resolve().pageLayout[key] = value;
    });
  };
  const headerFooter = (prefix: string) => {
    const o: Record<string, unknown> = {};
    for (const k of HEADER_FOOTER_KEYS) {
      Object.defineProperty(o, k, {
        set: (v: unknown) => layout(`${prefix}${k}`, v, () => {
          if (typeof v !== 'string' || v.length > 255) throw new FakeOfficeError('InvalidArgument', `${k} longer than 255 characters`);
        }),
        get: () => notLoaded(k),
      });
    }
    return o;
  };
  const group: Record<string, unknown> = { defaultForAllPages: headerFooter(''), firstPage: headerFooter('first.') };
  Object.defineProperty(group, 'state', {
    set: (v) => layout('headersFooters.state', v, () => {
      if (!['Default', 'FirstAndDefault', 'OddAndEven', 'FirstOddAndEven'].includes(v)) throw new FakeOfficeError('InvalidArgument', `header/footer state ${String(v)}`);
    }),
    get: () => notLoaded('state'),
  });
  const pl: Record<string, unknown> = {
    setPrintTitleRows: (rows: string) => layout('printTitleRows', rows),
    setPrintArea: (area: string) => { parseAddress(area); layout('printArea', area); },
    headersFooters: group,
  };
  for (const k of ['orientation', 'paperSize', 'topMargin', 'bottomMargin', 'leftMargin', 'rightMargin', 'centerHorizontally'])
    Object.defineProperty(pl, k, { set: (v) => layout(k, v, () => { if (k.endsWith('Margin') && !(typeof v === 'number' && v >= 0)) throw new FakeOfficeError('InvalidArgument', `${k} ${String(v)}`); }), get: () => notLoaded(k) });
  Object.defineProperty(pl, 'zoom', {
    set: (v: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) => layout('zoom', v, () => {
      const fit = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 0 && n <= 32767);
      const scaleOk = v.scale === undefined || (v.scale >= 10 && v.scale <= 400);
      const some = v.scale !== undefined || v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined;
      if (!some || !scaleOk || !fit(v.horizontalFitToPages) || !fit(v.verticalFitToPages)) throw new FakeOfficeError('InvalidArgument', `zoom ${JSON.stringify(v)}`);
    }),
    get: () => notLoaded('zoom'),
  });
  return pl;
}

const CHART_TYPES = ['ColumnClustered', 'BarClustered', 'Line', 'LineMarkers', 'Pie'];

/**
 * How many series Excel makes of a chart's data, by columns: the first column holds the categories
 * when its cells under the first row are text (or empty), or when the top-left cell is empty;
 * every other column is a series. (Excel decides from the data: "How Excel determines the data
 * series", Chart data in Excel — a first column of numbers is plotted as a series of its own.)
 */
function seriesOf(sheet: SheetState, data: Rect): number {
  const topLeft = sheet.valueType(data.row, data.col);
  let textColumn = true;
  for (let r = data.row + 1; r < data.row + data.rows; r++) if (!['String', 'Empty'].includes(sheet.valueType(r, data.col))) textColumn = false;
  return data.cols - (topLeft === 'Empty' || textColumn ? 1 : 0);
}

/** A chart: refused on a protected sheet unless it allows editing objects; series as Excel finds them. */
function fakeChart(ctx: FakeContext, resolve: () => SheetState, id: string, type: string, source: FakeRange, seriesBy: string) {
  const chart: FakeChartState = { type, data: source.rect, seriesBy, seriesCount: 0, seriesTypes: new Map() };
  ctx.path({ op: 'charts.add', id });
  ctx.queue({ op: 'charts.add', id, type, address: source.address, seriesBy }, () => {
    const sheet = resolve();
    sheet.guard('charts');
    if (!CHART_TYPES.includes(type)) throw new FakeOfficeError('InvalidArgument', `chart type ${type}`);
    if (source.rect.cols < 2 || source.rect.rows < 2) throw new FakeOfficeError('InvalidArgument', 'a chart needs categories and a series');
    chart.seriesCount = seriesBy === 'Columns' ? seriesOf(sheet, source.rect) : 0;
    sheet.charts.push(chart);
  });
  const setter = (op: string, set: (v: string) => void) => {
    const o = {};
    ctx.path({ op, id });
    Object.defineProperty(o, 'text', { set: (v: string) => ctx.queue({ op, id, v }, () => set(v)), get: () => notLoaded('text') });
    return o;
  };
  return {
    title: setter('chart.title', (v) => (chart.title = v)),
    legend: Object.defineProperty({}, 'position', { set: (v: string) => ctx.queue({ op: 'chart.legend', id, v }, () => (chart.legend = v)) }),
    axes: { valueAxis: { title: setter('chart.valueAxis.title', (v) => (chart.valueAxisTitle = v)) } },
    setPosition: (from: string, to?: string) => ctx.queue({ op: 'chart.setPosition', id, from, to }, () => {
      parseAddress(from);
      if (to) parseAddress(to);
      chart.position = { from, to };
    }),
    series: {
      getItemAt: (i: number) => {
        ctx.path({ op: 'series.getItemAt', id, i });
        return Object.defineProperty({}, 'chartType', {
          set: (v: string) => ctx.queue({ op: 'series.chartType', id, i, v }, () => {
            if (i < 0 || i >= chart.seriesCount) throw new FakeOfficeError('ItemNotFound', `no series ${i}: the chart has ${chart.seriesCount}`);
            if (!CHART_TYPES.includes(v)) throw new FakeOfficeError('InvalidArgument', `chart type ${v}`);
            chart.seriesTypes.set(i, v);
          }),
        });
      },
    },
  };
}

class FakeTable {
  state: { name: string; rect: Rect; style?: string } | null = null;
  sheet: SheetState | null = null;
  constructor(private ctx: FakeContext, private id: string) {}
  set name(value: string) {
    this.ctx.queue({ op: 'table.name', id: this.id, value }, () => {
      this.sheet!.guard('objects');
      checkTableName(this.ctx.state, value, this.state);
      this.state!.name = value;
    });
  }
  set style(value: string) {
    this.ctx.queue({ op: 'table.style', id: this.id, value }, () => {
      this.sheet!.guard('objects');
      this.state!.style = value;
    });
  }
}

const RANGE_SCALARS = ['values', 'formulas', 'numberFormat', 'valueTypes', 'text', 'address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount'];

/**
 * Data validation (ExcelApi 1.8) with Excel's limits: an error alert's title up to 32 characters and
 * its message up to 225 ([MS-XLS] 2.5.37 DValStrings: "strErrorTitle … MUST be less than or equal to
 * 32 characters", "strError … 225 characters"); a list typed in as text up to 255 characters
 * (jmcnamara/XlsxWriter#562, "an Excel limitation"; exceljs/exceljs#667).
 */
function checkValidation(key: 'rule' | 'errorAlert', value: unknown): void {
  if (key === 'errorAlert') {
    const a = value as { title?: string; message?: string };
    if ((a.title ?? '').length > 32) throw new FakeOfficeError('InvalidArgument', `error alert title over 32 characters: ${a.title}`);
    if ((a.message ?? '').length > 225) throw new FakeOfficeError('InvalidArgument', `error alert message over 225 characters: ${a.message}`);
  }
  const source = (value as { list?: { source?: unknown } }).list?.source;
  if (typeof source === 'string' && source.length > 255) throw new FakeOfficeError('InvalidArgument', `list source over 255 characters (${source.length})`);
}

class FakeRange {
  private loaded: { props: LoadedProps; values: Scalar[][]; rowIndex: number; columnIndex: number; rowCount: number; columnCount: number; isNull: boolean } | null = null;
  private paths = new Set<string>();
  readonly address: string;
  readonly format: Record<string, unknown>;
  readonly dataValidation: Record<string, unknown>;
  readonly conditionalFormats: { add: (type: string) => { custom: { rule: Record<string, unknown>; format: { fill: Record<string, unknown>; font: Record<string, unknown> } } } };

  /** The used range of a sheet (Worksheet.getUsedRangeOrNullObject), found at sync. */
  static used(ctx: FakeContext, resolve: () => SheetState | undefined, id: string, valuesOnly: boolean): FakeRange {
    const r = new FakeRange(ctx, resolve as () => SheetState, `${id}:used`, { row: 0, col: 0, rows: 1, cols: 1 });
    r.usedOf = { valuesOnly };
    return r;
  }
  private usedOf: { valuesOnly: boolean } | null = null;

  /** The sheet this range is on, once its request runs. */
  sheetState(): SheetState {
    return this.resolve();
  }

  constructor(private ctx: FakeContext, private resolve: () => SheetState, private id: string, readonly rect: Rect) {
    const { row, col, rows, cols } = rect;
    this.address = `${columnLetters(col)}${row + 1}:${columnLetters(col + cols - 1)}${row + rows}`;
    ctx.path({ id, address: this.address });
    const record = (prefix: string, prop: string) => (value: unknown) => {
      this.via(`format.${prefix}`);
      ctx.queue({ op: 'format', id, address: this.address, prop: prefix + prop, value }, () => {
        const s = resolve();
        const full = prefix + prop;
        if (full === 'protection.locked') {
          s.guard('lock');
          if (value === false) s.unlocked.push({ ...rect });
          else s.unlocked = s.unlocked.filter((u) => !(u.row === row && u.col === col && u.rows === rows && u.cols === cols));
        } else s.guard(full === 'columnWidth' ? 'formatColumns' : full === 'rowHeight' ? 'formatRows' : 'formatCells');
        s.formats.push({ address: this.address, prop: full, value });
        if (full === 'columnWidth') for (let c = col; c < col + cols; c++) s.columnWidths.set(c, value as number);
        if (full === 'rowHeight') for (let r = row; r < row + rows; r++) s.rowHeights.set(r, value as number);
      });
    };
    const setters = (prefix: string, keys: string[]) => {
      const o: Record<string, unknown> = {};
      for (const k of keys) Object.defineProperty(o, k, { set: record(prefix, k), get: () => notLoaded(prefix + k), enumerable: true });
      return o;
    };
    const font = setters('font.', ['name', 'size', 'bold', 'italic', 'color', 'underline']);
    const fill = setters('fill.', ['color']);
    const borders = { getItem: (edge: string) => setters(`border.${edge}.`, ['style', 'color']) };
    const protection = setters('protection.', ['locked']);
    this.format = Object.assign(setters('', ['horizontalAlignment', 'verticalAlignment', 'wrapText', 'columnWidth', 'rowHeight']), { font, fill, borders, protection });

    const dv = { address: this.address } as { address: string; rule?: unknown; errorAlert?: unknown };
    const dvSet = (key: 'rule' | 'errorAlert') => (value: unknown) => {
      this.via('dataValidation');
      ctx.queue({ op: 'dataValidation', id, address: this.address, key, value }, () => {
        const s = resolve();
        s.guard('objects');
        checkValidation(key, value);
        if (!s.validations.includes(dv)) s.validations.push(dv);
        dv[key] = value;
      });
    };
    this.dataValidation = {};
    Object.defineProperty(this.dataValidation, 'rule', { set: dvSet('rule'), get: () => notLoaded('rule') });
    Object.defineProperty(this.dataValidation, 'errorAlert', { set: dvSet('errorAlert'), get: () => notLoaded('errorAlert') });

    this.conditionalFormats = {
      add: (type: string) => {
        const cf = { address: this.address, type } as SheetState['conditionalFormats'][number];
        ctx.path({ op: 'conditionalFormats.add', id });
        const guarded = (op: string, v: unknown, set: () => void) => ctx.queue({ op, v }, () => {
          resolve().guard('objects');
          set();
        });
        guarded('conditionalFormats.add', { address: this.address, type }, () => resolve().conditionalFormats.push(cf));
        const rule = {};
        Object.defineProperty(rule, 'formula', { set: (v: string) => guarded('cf.formula', v, () => (cf.formula = v)) });
        const cfFill = {};
        Object.defineProperty(cfFill, 'color', { set: (v: string) => guarded('cf.fill', v, () => (cf.fill = v)) });
        const cfFont = {};
        Object.defineProperty(cfFont, 'color', { set: (v: string) => guarded('cf.font', v, () => undefined) });
        return { custom: { rule, format: { fill: cfFill, font: cfFont } } };
      },
    };
  }

  /** A navigation from this range (its format, font, validation…): one more object path in the request. */
  private via(path: string): void {
    if (this.paths.has(path)) return;
    this.paths.add(path);
    this.ctx.path({ id: this.id, path });
  }

  private checkShape(what: string, m: unknown): asserts m is Scalar[][] {
    const { rows, cols } = this.rect;
    if (!Array.isArray(m) || m.length !== rows || m.some((line) => !Array.isArray(line) || line.length !== cols)) {
      throw new FakeOfficeError('InvalidArgument', `${what}: the array does not match the size of ${this.address} (${rows}x${cols})`);
    }
  }

  private writeCells(what: string, m: unknown, key: 'formula' | 'numberFormat'): void {
    this.ctx.queue({ op: what, id: this.id, address: this.address, m }, () => {
      this.checkShape(what, m);
      const s = this.resolve();
      s.guard(key === 'formula' ? 'cells' : 'formatCells', this.rect);
      m.forEach((line) => line.forEach((v) => {
        // A request is JSON: NaN and Infinity cannot be sent; a cell holds at most 32,767 characters (Excel specifications and limits).
        if (typeof v === 'number' && !Number.isFinite(v)) throw new FakeOfficeError('InvalidArgument', `${what}: ${v} is not a number Excel can take`);
        if (typeof v === 'string' && v.length > CELL_TEXT_LIMIT) throw new FakeOfficeError('InvalidArgument', `${what}: text over ${CELL_TEXT_LIMIT} characters`);
      }));
      m.forEach((line, i) => line.forEach((v, j) => {
        if (v === null) return; // Office.js leaves a cell unchanged for null
        const k = `${this.rect.row + i},${this.rect.col + j}`;
        const cell = s.cells.get(k) ?? { formula: null };
        if (key === 'formula') {
          cell.formula = v;
          cell.typed = typeof v === 'string' ? typed(v, cell.numberFormat) : cellTyped({ formula: v });
        } else cell.numberFormat = String(v);
        s.cells.set(k, cell);
      }));
      if (key === 'formula') this.ctx.changed();
    });
  }

  set columnHidden(v: boolean) {
    this.ctx.queue({ op: 'columnHidden', id: this.id, address: this.address, v }, () => {
      const s = this.resolve();
      s.guard('formatColumns');
      for (let c = this.rect.col; c < this.rect.col + this.rect.cols; c++) {
        if (v) s.hiddenColumns.add(c);
        else s.hiddenColumns.delete(c);
      }
    });
  }

  set formulas(m: unknown) { this.writeCells('formulas', m, 'formula'); }
  set values(m: unknown) { this.writeCells('values', m, 'formula'); }
  set numberFormat(m: unknown) { this.writeCells('numberFormat', m, 'numberFormat'); }

  private get state() {
    if (!this.loaded) notLoaded(this.usedOf ? 'usedRange' : 'range');
    return this.loaded;
  }
  get isNullObject(): boolean { return this.state.isNull; }
  get values(): Scalar[][] { return loadedValue(this.loaded?.props ?? null, 'values', () => this.state.values); }
  get rowIndex(): number { return loadedValue(this.loaded?.props ?? null, 'rowIndex', () => this.state.rowIndex); }
  get columnIndex(): number { return loadedValue(this.loaded?.props ?? null, 'columnIndex', () => this.state.columnIndex); }
  get rowCount(): number { return loadedValue(this.loaded?.props ?? null, 'rowCount', () => this.state.rowCount); }
  get columnCount(): number { return loadedValue(this.loaded?.props ?? null, 'columnCount', () => this.state.columnCount); }

  load(props?: string): this {
    this.ctx.queue({ op: this.usedOf ? 'usedRange.load' : 'range.load', id: this.id, address: this.address, props }, () => {
      const p = new LoadedProps(props, RANGE_SCALARS);
      const s = this.resolve();
      const rect = this.usedOf ? usedRect(s, this.usedOf.valuesOnly) : this.rect;
      if (!rect) {
        this.loaded = { props: p, values: [], rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0, isNull: true };
        return;
      }
      // "A range is limited to 5,000,000 cells for read operations." (Resource limits … Excel add-ins)
      if (p.has('values') && rect.rows * rect.cols > READ_CELL_LIMIT) throw new FakeOfficeError('RangeExceedsLimit', `reading ${rect.rows * rect.cols} cells`);
      const values = p.has('values') ? Array.from({ length: rect.rows }, (_, i) => Array.from({ length: rect.cols }, (_, j) => s.value(rect.row + i, rect.col + j) ?? '')) : [];
      this.loaded = { props: p, values, rowIndex: rect.row, columnIndex: rect.col, rowCount: rect.rows, columnCount: rect.cols, isNull: false };
      const all: Record<string, unknown> = { values, rowIndex: rect.row, columnIndex: rect.col, rowCount: rect.rows, columnCount: rect.cols, address: this.address };
      this.ctx.respond(Object.fromEntries(p.list().map((k) => [k, all[k] ?? null])));
    });
    return this;
  }

  select(): void {
    this.ctx.queue({ op: 'range.select', id: this.id, address: this.address }, () => {
      const s = this.resolve();
      this.ctx.state.active = s.name;
      this.ctx.state.selection = { sheet: s.name, address: this.address };
    });
  }

  merge(across: boolean): void {
    this.ctx.queue({ op: 'merge', id: this.id, address: this.address, across }, () => {
      const s = this.resolve();
      s.guard('objects');
      s.merges.push(this.address);
    });
  }
}

/** The block from the first to the last cell holding a value, or also a format unless `valuesOnly`. */
function usedRect(s: SheetState | undefined, valuesOnly: boolean): Rect | null {
  if (!s) return null;
  let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
  for (const [k, cell] of s.cells) {
    if (valuesOnly && cellTyped(cell).type === 'Empty') continue;
    const [r, c] = k.split(',').map(Number);
    r0 = Math.min(r0, r); c0 = Math.min(c0, c); r1 = Math.max(r1, r); c1 = Math.max(c1, c);
  }
  return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}
