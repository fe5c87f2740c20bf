/**
 * A strict in-memory stand-in for the part of Office.js unionplan uses (docs/excel.md). Unlike
 * office-addin-mock it behaves like Excel where bugs hide: writes are queued and run at sync();
 * reading a property that was not loaded and synced throws PropertyNotLoaded; a value array whose
 * shape differs from its range, an invalid or duplicate sheet or table name, or a request over 5 MB
 * fails the whole sync. It counts syncs and the bytes of each request.
 */
import { sheetNameProblem, sameSheetName } from '../../src/sheets/sheetName';
import { columnIndex, columnLetters, quoteSheetName } from '../../src/sheets/a1';

/** UTF-8 length, in Node and in the browser page that runs the pane against this fake. */
const encoder = new TextEncoder();
function utf8Bytes(s: string): number {
  return encoder.encode(s).length;
}

export class FakeOfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

type Scalar = string | number | boolean | null;
interface Rect { row: number; col: number; rows: number; cols: number }

export class SheetState {
  cells = new Map<string, { formula: Scalar; numberFormat?: string }>();
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
  hiddenColumns = new Set<number>();
  charts: FakeChartState[] = [];
  constructor(public name: string) {}

  get(row: number, col: number): Scalar {
    return this.cells.get(`${row},${col}`)?.formula ?? null;
  }
  /** What the cell holds as Excel's `values` would give it, without evaluating formulas. */
  value(row: number, col: number): Scalar {
    const v = this.get(row, col);
    return typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;
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
  constructor(names: string[] = ['Sheet1']) {
    this.sheets = names.map((n) => new SheetState(n));
    this.active = names[0] ?? '';
  }
  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => sameSheetName(s.name, name));
  }
  formulaOf(n: NameState): string {
    const abs = n.cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
    return this.sheets.includes(n.sheet) ? `=${quoteSheetName(n.sheet.name)}!${abs}` : `=#REF!${abs}`;
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
  if (r2 < r1 || c2 < c1 || r2 > 1048575 || c2 > 16383) throw new FakeOfficeError('InvalidArgument', `bad address ${address}`);
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
  private pending: Action[] = [];
  readonly workbook: FakeWorkbook;
  readonly application = { suspendApiCalculationUntilNextSync: () => this.queue({ op: 'suspendCalc' }, () => undefined) };
  /** Excel on the web's limit. */
  requestLimit = 5 * 1024 * 1024;
  /** The user is typing in a cell for this many more syncs: Excel refuses each request whole. */
  cellEditFor = 0;

  constructor(readonly state: WorkbookState = new WorkbookState()) {
    this.workbook = new FakeWorkbook(this);
  }

  queue(describe: unknown, run: () => void): void {
    this.pending.push({ describe, run });
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const actions = this.pending;
    this.pending = [];
    const bytes = actions.reduce((n, a) => n + utf8Bytes(JSON.stringify(a.describe)), 0);
    this.requestBytes.push(bytes);
    if (this.cellEditFor > 0) {
      this.cellEditFor--;
      throw new FakeOfficeError('InvalidOperationInCellEditMode', 'the user is editing a cell');
    }
    if (bytes > this.requestLimit) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `request of ${bytes} bytes`);
    this.responding = 0;
    for (const a of actions) a.run();
    this.responseBytes.push(this.responding);
    // Excel on the web refuses a response over 5 MB too: loaded values count.
    if (this.responding > this.requestLimit) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `response of ${this.responding} bytes`);
  }

  /** Called by loads as they run: the bytes Excel would send back. */
  respond(values: unknown): void {
    this.responding += utf8Bytes(JSON.stringify(values));
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.requestBytes);
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.responseBytes);
  }
}

function notLoaded(what: string): never {
  throw new FakeOfficeError('PropertyNotLoaded', `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
}

function checkName(state: WorkbookState, name: unknown, self?: SheetState): void {
  if (typeof name !== 'string' || sheetNameProblem(name)) throw new FakeOfficeError('InvalidArgument', `invalid sheet name ${String(name)}`);
  if (state.sheets.some((s) => s !== self && sameSheetName(s.name, name))) throw new FakeOfficeError('ItemAlreadyExists', `sheet ${name} exists`);
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
    let loaded: boolean | null = null;
    this.protection = {
      load(props?: string) { ctx.queue({ op: 'workbook.protection.load', props }, () => (loaded = ctx.state.structureProtected)); return this; },
      get protected() { return loaded ?? notLoaded('protection.protected'); },
    };
  }
}

const NAME_RULE = /^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/;

/** Workbook-scoped names (ExcelApi 1.4 add/delete, 1.7 formula). */
class FakeNamedItemCollection {
  private loadedItems: { name: string; formula: string; comment: string; visible: boolean }[] | null = null;
  constructor(private ctx: FakeContext) {}

  load(props?: string): this {
    this.ctx.queue({ op: 'names.load', props }, () => {
      this.loadedItems = this.ctx.state.names.map((n) => ({ name: n.name, formula: this.ctx.state.formulaOf(n), comment: n.comment, visible: n.visible }));
      this.ctx.respond(this.loadedItems);
    });
    return this;
  }

  get items() {
    if (!this.loadedItems) notLoaded('names.items');
    return this.loadedItems;
  }

  add(name: string, reference: FakeRange, comment = '') {
    let bound: NameState | undefined;
    const ctx = this.ctx;
    if (!(reference instanceof FakeRange)) throw new Error('the fake takes a Range as a name reference');
    ctx.queue({ op: 'names.add', name, address: reference.address, comment }, () => {
      if (!NAME_RULE.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw new FakeOfficeError('InvalidArgument', `invalid name ${name}`);
      if (ctx.state.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError('ItemAlreadyExists', `name ${name} exists`);
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
    return {
      delete: () => ctx.queue({ op: 'name.delete', name }, () => {
        const n = ctx.state.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
        if (!n) throw new FakeOfficeError('ItemNotFound', `no name ${name}`);
        ctx.state.names = ctx.state.names.filter((x) => x !== n);
      }),
    };
  }
}

/** The workbook's tables: names are unique across all sheets, as in Excel. */
class FakeTableCollection {
  private loadedItems: { name: string; worksheet: { name: string } }[] | null = null;
  constructor(private ctx: FakeContext) {}

  load(props?: string): this {
    this.ctx.queue({ op: 'tables.load', props }, () => {
      this.loadedItems = this.ctx.state.sheets.flatMap((sheet) => sheet.tables.map((t) => {
        const ctx = this.ctx;
        const item = { worksheet: { name: sheet.name } } as { name: string; worksheet: { name: string } };
        Object.defineProperty(item, 'name', {
          get: () => t.name,
          set: (value: string) => ctx.queue({ op: 'table.rename', from: t.name, value }, () => {
            const all = ctx.state.sheets.flatMap((s) => s.tables);
            if (all.some((x) => x !== t && x.name.toLowerCase() === value.toLowerCase())) throw new FakeOfficeError('ItemAlreadyExists', `table ${value} exists`);
            t.name = value;
          }),
        });
        return item;
      }));
    });
    return this;
  }

  get items() {
    if (!this.loadedItems) notLoaded('tables.items');
    return this.loadedItems;
  }
}

class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;
  private loadRequested = false;
  constructor(private ctx: FakeContext) {}

  load(props?: string): this {
    this.loadRequested = true;
    this.ctx.queue({ op: 'worksheets.load', props }, () => {
      this.loadedItems = this.ctx.state.sheets.map((s) => {
        const w = new FakeWorksheet(this.ctx, () => s, `item:${s.name}`);
        w.markLoaded(s.name, props?.includes('protection/protected') ? s.protected : undefined);
        return w;
      });
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadRequested || !this.loadedItems) notLoaded('items');
    return this.loadedItems;
  }

  add(name: string): FakeWorksheet {
    let bound: SheetState | undefined;
    this.ctx.queue({ op: 'worksheets.add', name }, () => {
      if (this.ctx.state.structureProtected) throw new FakeOfficeError('AccessDenied', 'the workbook structure is protected');
      checkName(this.ctx.state, name);
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

class FakeWorksheet {
  private loadedName: string | null = null;
  readonly tables: { add: (address: string, hasHeaders: boolean) => FakeTable };
  readonly freezePanes: { freezeRows: (n: number) => void; freezeAt: (r: FakeRange) => void };
  readonly pageLayout: Record<string, unknown>;
  readonly horizontalPageBreaks: { add: (address: string) => void };
  readonly protection: { protect: (options?: unknown) => void; readonly protected: boolean };
  private loadedProtected: boolean | undefined;
  readonly charts: { add: (type: string, source: FakeRange, seriesBy?: string) => unknown };

  constructor(private ctx: FakeContext, readonly resolve: () => SheetState, private id: string) {
    this.charts = { add: (type, source, seriesBy = 'Auto') => fakeChart(ctx, resolve, id, type, source, seriesBy) };
    const loadedProtected = () => this.loadedProtected;
    this.protection = {
      protect: (options) => ctx.queue({ op: 'protection.protect', id, options }, () => {
        const sheet = resolve();
        if (sheet.protected) throw new FakeOfficeError('InvalidOperation', 'the sheet is already protected');
        sheet.protected = true;
      }),
      get protected() { return loadedProtected() ?? notLoaded('protection.protected'); },
    };
    this.horizontalPageBreaks = {
      add: (address) => ctx.queue({ op: 'horizontalPageBreaks.add', id, address }, () => {
        const rect = parseAddress(address);
        if (rect.rows !== 1 && rect.cols !== 1) throw new FakeOfficeError('InvalidArgument', 'a page break takes one cell or row');
        resolve().rowBreaks.push(rect.row);
      }),
    };
    this.tables = {
      add: (address, hasHeaders) => {
        const t = new FakeTable(ctx, resolve, id);
        ctx.queue({ op: 'tables.add', id, address, hasHeaders }, () => {
          const sheet = resolve();
          const rect = parseAddress(address);
          if (rect.rows < 2) throw new FakeOfficeError('InvalidArgument', 'a table needs a header and a data row');
          if (sheet.tables.some((x) => overlaps(x.rect, rect))) throw new FakeOfficeError('InvalidArgument', 'tables cannot overlap');
          const n = ctx.state.sheets.reduce((k, s) => k + s.tables.length, 0) + 1;
          t.state = { name: `Table${n}`, rect };
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
    const layout = (key: string, value: unknown) => ctx.queue({ op: 'pageLayout', id, key, value }, () => (resolve().pageLayout[key] = value));
    const hf: Record<string, unknown> = {};
    for (const k of ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'])
      Object.defineProperty(hf, k, { set: (v) => layout(k, v), get: () => notLoaded(k) });
    const first: Record<string, unknown> = {};
    for (const k of ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'])
      Object.defineProperty(first, k, { set: (v) => layout(`first.${k}`, v), get: () => notLoaded(k) });
    const group: Record<string, unknown> = { defaultForAllPages: hf, firstPage: first };
    Object.defineProperty(group, 'state', {
      set: (v) => {
        if (!['Default', 'FirstAndDefault', 'OddAndEven', 'FirstOddAndEven'].includes(v)) throw new FakeOfficeError('InvalidArgument', `header/footer state ${String(v)}`);
        layout('headersFooters.state', v);
      },
      get: () => notLoaded('state'),
    });
    const pl: Record<string, unknown> = {
      setPrintTitleRows: (rows: string) => layout('printTitleRows', rows),
      setPrintArea: (area: string) => { parseAddress(area); layout('printArea', area); },
      headersFooters: group,
    };
    for (const k of ['orientation', 'paperSize', 'zoom', 'topMargin', 'bottomMargin', 'leftMargin', 'rightMargin', 'centerHorizontally'])
      Object.defineProperty(pl, k, { set: (v) => layout(k, v), get: () => notLoaded(k) });
    this.pageLayout = pl;
  }

  /** Set at sync for objects from getItemOrNullObject. */
  nullObject: boolean | undefined;

  get isNullObject(): boolean {
    if (this.nullObject === undefined) notLoaded('isNullObject');
    return this.nullObject;
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeUsedRange {
    return new FakeUsedRange(this.ctx, () => (this.nullObject ? undefined : this.resolve()), this.id, valuesOnly);
  }

  markLoaded(name: string, isProtected?: boolean): void {
    this.loadedName = name;
    this.loadedProtected = isProtected;
  }

  get name(): string {
    if (this.loadedName === null) notLoaded('name');
    return this.loadedName;
  }

  set name(value: string) {
    this.ctx.queue({ op: 'worksheet.name', id: this.id, value }, () => {
      if (this.ctx.state.structureProtected) throw new FakeOfficeError('AccessDenied', 'the workbook structure is protected');
      const s = this.resolve();
      checkName(this.ctx.state, value, s);
      s.name = value;
    });
  }

  set tabColor(value: string) {
    this.ctx.queue({ op: 'tabColor', id: this.id, value }, () => (this.resolve().tabColor = value));
  }

  load(props?: string): this {
    this.ctx.queue({ op: 'worksheet.load', id: this.id, props }, () => (this.loadedName = this.resolve().name));
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

const CHART_TYPES = ['ColumnClustered', 'BarClustered', 'Line', 'LineMarkers', 'Pie'];

/** A chart: series are the data's columns after the first (categories), named by its first row. */
function fakeChart(ctx: FakeContext, resolve: () => SheetState, id: string, type: string, source: FakeRange, seriesBy: string) {
  const chart: FakeChartState = { type, data: source.rect, seriesBy, seriesTypes: new Map() };
  ctx.queue({ op: 'charts.add', id, type, address: source.address, seriesBy }, () => {
    if (!CHART_TYPES.includes(type)) throw new FakeOfficeError('InvalidArgument', `chart type ${type}`);
    if (source.rect.cols < 2 || source.rect.rows < 2) throw new FakeOfficeError('InvalidArgument', 'a chart needs categories and a series');
    resolve().charts.push(chart);
  });
  const series = source.rect.cols - 1;
  const setter = (op: string, set: (v: string) => void) => {
    const o = {};
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
      getItemAt: (i: number) => Object.defineProperty({}, 'chartType', {
        set: (v: string) => ctx.queue({ op: 'series.chartType', id, i, v }, () => {
          if (seriesBy !== 'Columns' || i < 0 || i >= series) throw new FakeOfficeError('ItemNotFound', `no series ${i}`);
          if (!CHART_TYPES.includes(v)) throw new FakeOfficeError('InvalidArgument', `chart type ${v}`);
          chart.seriesTypes.set(i, v);
        }),
      }),
    },
  };
}

class FakeTable {
  state: { name: string; rect: Rect; style?: string } | null = null;
  constructor(private ctx: FakeContext, private resolve: () => SheetState, private id: string) {}
  set name(value: string) {
    this.ctx.queue({ op: 'table.name', id: this.id, value }, () => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/.test(value)) throw new FakeOfficeError('InvalidArgument', `invalid table name ${value}`);
      const all = this.ctx.state.sheets.flatMap((s) => s.tables);
      if (all.some((t) => t !== this.state && t.name.toLowerCase() === value.toLowerCase())) throw new FakeOfficeError('ItemAlreadyExists', `table ${value} exists`);
      this.state!.name = value;
    });
  }
  set style(value: string) {
    this.ctx.queue({ op: 'table.style', id: this.id, value }, () => (this.state!.style = value));
  }
}

class FakeRange {
  private loaded: { values: Scalar[][] } | null = null;
  readonly address: string;
  readonly format: Record<string, unknown>;
  readonly dataValidation: Record<string, unknown>;
  readonly conditionalFormats: { add: (type: string) => { custom: { rule: Record<string, unknown>; format: { fill: Record<string, unknown>; font: Record<string, unknown> } } } };

  /** The sheet this range is on, once its request runs. */
  sheetState(): SheetState {
    return this.resolve();
  }

  constructor(private ctx: FakeContext, private resolve: () => SheetState, private id: string, readonly rect: Rect) {
    const { row, col, rows, cols } = rect;
    this.address = `${columnLetters(col)}${row + 1}:${columnLetters(col + cols - 1)}${row + rows}`;
    const record = (prop: string) => (value: unknown) => ctx.queue({ op: 'format', id, address: this.address, prop, value }, () => {
      const s = resolve();
      if (s.protected) throw new FakeOfficeError('AccessDenied', 'sheet is protected');
      s.formats.push({ address: this.address, prop, value });
      if (prop === 'columnWidth') for (let c = col; c < col + cols; c++) s.columnWidths.set(c, value as number);
      if (prop === 'rowHeight') for (let r = row; r < row + rows; r++) s.rowHeights.set(r, value as number);
    });
    const setters = (prefix: string, keys: string[]) => {
      const o: Record<string, unknown> = {};
      for (const k of keys) Object.defineProperty(o, k, { set: record(prefix + k), get: () => notLoaded(prefix + k), enumerable: true });
      return o;
    };
    const font = setters('font.', ['name', 'size', 'bold', 'italic', 'color', 'underline']);
    const fill = setters('fill.', ['color']);
    const borders = { getItem: (edge: string) => setters(`border.${edge}.`, ['style', 'color']) };
    const protection = setters('protection.', ['locked']);
    this.format = Object.assign(setters('', ['horizontalAlignment', 'verticalAlignment', 'wrapText', 'columnWidth', 'rowHeight']), { font, fill, borders, protection });

    const dv = { address: this.address } as { address: string; rule?: unknown; errorAlert?: unknown };
    const dvSet = (key: 'rule' | 'errorAlert') => (value: unknown) => ctx.queue({ op: 'dataValidation', id, address: this.address, key, value }, () => {
      const s = resolve();
      if (!s.validations.includes(dv)) s.validations.push(dv);
      dv[key] = value;
    });
    this.dataValidation = {};
    Object.defineProperty(this.dataValidation, 'rule', { set: dvSet('rule'), get: () => notLoaded('rule') });
    Object.defineProperty(this.dataValidation, 'errorAlert', { set: dvSet('errorAlert'), get: () => notLoaded('errorAlert') });

    this.conditionalFormats = {
      add: (type: string) => {
        const cf = { address: this.address, type } as SheetState['conditionalFormats'][number];
        ctx.queue({ op: 'conditionalFormats.add', id, address: this.address, type }, () => resolve().conditionalFormats.push(cf));
        const rule = {};
        Object.defineProperty(rule, 'formula', { set: (v: string) => ctx.queue({ op: 'cf.formula', v }, () => (cf.formula = v)) });
        const cfFill = {};
        Object.defineProperty(cfFill, 'color', { set: (v: string) => ctx.queue({ op: 'cf.fill', v }, () => (cf.fill = v)) });
        const cfFont = {};
        Object.defineProperty(cfFont, 'color', { set: (v: string) => ctx.queue({ op: 'cf.font', v }, () => undefined) });
        return { custom: { rule, format: { fill: cfFill, font: cfFont } } };
      },
    };
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
      if (s.protected) throw new FakeOfficeError('AccessDenied', 'sheet is protected');
      m.forEach((line, i) => line.forEach((v, j) => {
        if (v === null) return; // Office.js leaves a cell unchanged for null
        const k = `${this.rect.row + i},${this.rect.col + j}`;
        const cell = s.cells.get(k) ?? { formula: null };
        if (key === 'formula') cell.formula = v;
        else cell.numberFormat = String(v);
        s.cells.set(k, cell);
      }));
    });
  }

  set columnHidden(v: boolean) {
    this.ctx.queue({ op: 'columnHidden', id: this.id, address: this.address, v }, () => {
      const s = this.resolve();
      for (let c = this.rect.col; c < this.rect.col + this.rect.cols; c++) {
        if (v) s.hiddenColumns.add(c);
        else s.hiddenColumns.delete(c);
      }
    });
  }

  set formulas(m: unknown) { this.writeCells('formulas', m, 'formula'); }
  set values(m: unknown) { this.writeCells('values', m, 'formula'); }
  set numberFormat(m: unknown) { this.writeCells('numberFormat', m, 'numberFormat'); }

  get values(): Scalar[][] {
    if (!this.loaded) notLoaded('values');
    return this.loaded.values;
  }

  load(props?: string): this {
    this.ctx.queue({ op: 'range.load', id: this.id, address: this.address, props }, () => {
      const s = this.resolve();
      this.loaded = { values: Array.from({ length: this.rect.rows }, (_, i) => Array.from({ length: this.rect.cols }, (_, j) => s.value(this.rect.row + i, this.rect.col + j) ?? '')) };
      this.ctx.respond(this.loaded.values);
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
    this.ctx.queue({ op: 'merge', id: this.id, address: this.address, across }, () => this.resolve().merges.push(this.address));
  }
}

/**
 * A used range, found at sync. Excel returns computed values; the fake cannot compute, so a formula
 * cell reads as null — readers must never depend on a computed cell.
 */
class FakeUsedRange {
  private loaded: { isNull: boolean; rowIndex: number; columnIndex: number; values: Scalar[][]; rowCount?: number } | null = null;
  constructor(private ctx: FakeContext, private resolve: () => SheetState | undefined, private id: string, private valuesOnly: boolean) {}

  load(props?: string): this {
    this.ctx.queue({ op: 'usedRange.load', id: this.id, valuesOnly: this.valuesOnly, props }, () => {
      const s = this.resolve();
      const keys = s ? [...s.cells.keys()].map((k) => k.split(',').map(Number)) : [];
      if (!s || !keys.length) { this.loaded = { isNull: true, rowIndex: 0, columnIndex: 0, values: [], rowCount: 0 }; return; }
      const r0 = Math.min(...keys.map((k) => k[0])), c0 = Math.min(...keys.map((k) => k[1]));
      const r1 = Math.max(...keys.map((k) => k[0])), c1 = Math.max(...keys.map((k) => k[1]));
      const values = Array.from({ length: r1 - r0 + 1 }, (_, i) => Array.from({ length: c1 - c0 + 1 }, (_, j) => {
        const v = s.value(r0 + i, c0 + j);
        return typeof v === 'string' && v.startsWith('=') ? null : (v ?? '');
      }));
      const wantValues = !props || props.includes('values');
      this.loaded = { isNull: false, rowIndex: r0, columnIndex: c0, values: wantValues ? values : [], rowCount: r1 - r0 + 1 };
      this.ctx.respond(this.loaded.values);
    });
    return this;
  }

  private get state() {
    if (!this.loaded) notLoaded('usedRange');
    return this.loaded;
  }
  get isNullObject(): boolean { return this.state.isNull; }
  get rowIndex(): number { return this.state.rowIndex; }
  get columnIndex(): number { return this.state.columnIndex; }
  get values(): Scalar[][] { return this.state.values; }
  get rowCount(): number { return this.state.rowCount ?? 0; }
}
