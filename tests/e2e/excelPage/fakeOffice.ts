import { demoWardPlan } from '../../../src/demo/demoPlan';
import { planWorkbook } from '../../../src/sheets/planWorkbook';
import { FORM_COLUMNS, FORM_HEADER_ROW } from '../../../src/sheets/reportForm';
import { columnIndex } from '../../../src/sheets/a1';
import { FakeContext, SheetState, WorkbookState } from '../../support/excelFake';
import type { Answer } from '../../support/forms';
import { formSheetState } from '../../support/formSheets';
import { sheetGrid } from '../../support/specValues';

/**
 * The pane's real code against the strict Excel fake, in a browser page: `Office` and `Excel` are
 * the fake's, every `Excel.run` gets a fresh request context on one workbook, and the test reads
 * the workbook (and the syncs each run cost) through `window.__unionplan`.
 */
const state = new WorkbookState(['Sheet1']);
const runs: { syncs: number; maxRequestBytes: number; refused: number }[] = [];
/** Syncs Excel will refuse at the start of the next run, as while the user edits a cell. */
let editingFor = 0;
const plan = demoWardPlan();

type Batch<T> = (context: unknown) => Promise<T>;

const Excel = {
  async run<T>(optionsOrBatch: unknown, maybeBatch?: Batch<T>): Promise<T> {
    const batch = (typeof optionsOrBatch === 'function' ? optionsOrBatch : maybeBatch) as Batch<T>;
    const context = new FakeContext(state);
    const refusing = (context.cellEditFor = editingFor);
    editingFor = 0;
    try {
      return await batch(context);
    } finally {
      runs.push({ syncs: context.syncCount, maxRequestBytes: context.maxRequestBytes, refused: refusing - context.cellEditFor });
    }
  },
};

/** The ribbon: function commands registered by the function file, and the dialogs they open. */
const commands = new Map<string, (event: { completed(): void }) => void>();
const dialogs: { url: string }[] = [];

const Office = {
  onReady: (cb?: (info: unknown) => void) => {
    const info = { host: 'Excel', platform: 'PC' };
    cb?.(info);
    return Promise.resolve(info);
  },
  actions: { associate: (name: string, f: (event: { completed(): void }) => void) => commands.set(name, f) },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
  context: {
    // ?lang=en-US&theme=dark: Office in English with its dark theme.
    displayLanguage: new URLSearchParams(location.search).get('lang') ?? 'vi-VN',
    officeTheme: { bodyBackgroundColor: new URLSearchParams(location.search).get('theme') === 'dark' ? '#262626' : '#ffffff' },
    // Excel 2021: ExcelApi up to 1.12, and dialogs.
    requirements: { isSetSupported: (name: string, version = '1.1') => (name === 'ExcelApi' && Number(version.split('.')[1]) <= 12) || name === 'DialogApi' },
    ui: {
      displayDialogAsync(url: string, _options: unknown, cb: (result: unknown) => void) {
        dialogs.push({ url });
        cb({ status: 'succeeded', value: { addEventHandler: () => undefined, close: () => undefined } });
      },
    },
  },
};

const pageApi = {
  runs,
  dialogs,
  commandNames: () => [...commands.keys()],
  /** Clicks a ribbon button: runs its function as Office would, with an event to complete. */
  press(name: string): void {
    const f = commands.get(name);
    if (!f) throw new Error(`no command ${name}`);
    f({ completed: () => undefined });
  },
  /** The plan sheets, as the pane would have written them (set-up for the ribbon's page, which has no pane). */
  async writePlan(): Promise<void> {
    const { applyWorkbookSpec } = await import('../../../src/hosts/excel/writeWorkbookSpec');
    const { ALL_CAPABILITIES } = await import('../../../src/hosts/excel/capabilities');
    await applyWorkbookSpec(new FakeContext(state) as unknown as Excel.RequestContext, planWorkbook(plan), { caps: ALL_CAPABILITIES, replace: false });
  },
  sheets: () => state.sheets.map((s) => s.name),
  selection: () => state.selection,
  /** A sheet's values as Excel's `values` gives them (formulas are not computed here: null). */
  values(name: string): unknown[][] {
    const s = state.sheet(name);
    if (!s) return [];
    const keys = [...s.cells.keys()].map((k) => k.split(',').map(Number));
    const rows = Math.max(0, ...keys.map((k) => k[0] + 1)), cols = Math.max(0, ...keys.map((k) => k[1] + 1));
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => {
      const v = s.value(r, c);
      return typeof v === 'string' && v.startsWith('=') ? null : v;
    }));
  },
  /** The officer types the ward's plan into the sheets the pane made: values only, cell by cell. */
  typePlan(): void {
    for (const sheet of planWorkbook(plan).sheets) {
      const s = state.sheet(sheet.name);
      if (!s) continue;
      sheetGrid(sheet).forEach((line, r) => line.forEach((v, c) => { if (v !== null) s.cells.set(`${r},${c}`, { formula: v }); }));
    }
  },
  /** The user types one value into one cell (A1 address); returns what the cell held. */
  typeCell(sheetName: string, a1: string, value: string | number): unknown {
    const s = state.sheet(sheetName);
    const m = /^([A-Z]+)(\d+)$/.exec(a1);
    if (!s || !m) throw new Error(`no cell ${sheetName}!${a1}`);
    const key = `${Number(m[2]) - 1},${columnIndex(m[1])}`;
    const old = s.cells.get(key)?.formula ?? null;
    s.cells.set(key, { formula: value });
    return old;
  },
  /** The user is typing in a cell: Excel refuses the next run's first `syncs` requests. */
  startEditing(syncs: number): void {
    editingFor = syncs;
  },
  /** A sheet the user made themselves, with one note in A1. */
  addUserSheet(name: string, note: string): void {
    const s = new SheetState(name);
    s.cells.set('0,0', { formula: note });
    state.sheets.push(s);
  },
  /** A unit's filled form moved into the workbook as its own sheet. */
  pasteForm(unitIndex: number, sheetName: string, tableName: string, answers: Record<string, Answer>): void {
    state.sheets.push(formSheetState(plan, plan.units[unitIndex], sheetName, tableName, answers));
  },
  /** A member's figures typed into their form sheet in this workbook, row by row by target code. */
  typeAnswers(sheetName: string, answers: Record<string, Answer>): number {
    const s = state.sheet(sheetName);
    if (!s) throw new Error(`no sheet ${sheetName}`);
    const col = (key: string) => FORM_COLUMNS.findIndex((c) => c.key === key);
    let typed = 0;
    for (let row = FORM_HEADER_ROW + 1; row < FORM_HEADER_ROW + 1 + plan.targets.length; row++) {
      const a = answers[String(s.value(row, col('code')))];
      if (!a) continue;
      s.cells.set(`${row},${col('result')}`, { formula: a.result });
      if (a.base !== undefined && a.base !== null) s.cells.set(`${row},${col('base')}`, { formula: a.base });
      typed++;
    }
    return typed;
  },
  units: () => plan.units.map((u) => ({ code: u.code, name: u.name })),
  targets: () => plan.targets.map((t) => ({ code: t.code, rule: t.rule })),
};

Object.assign(window, { Office, Excel, __unionplan: pageApi });
