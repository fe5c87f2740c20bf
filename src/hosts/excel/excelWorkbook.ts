import type { HeldReports, Output, ReadRequest, Workbook, WorkbookRead, WriteRequest, Written } from '../../app/workbook';
import { SHEET } from '../../sheets/names';
import { sheetNamed } from '../../sheets/sheetName';
import type { WorkbookSpec } from '../../sheets/spec';
import type { ExcelCapabilities } from './capabilities';
import { excelUserError } from './errors';
import { queueSheetReads } from './readSheets';
import { formSheetNames, readReportSheets, RESPONSE_BUDGET } from './readReportSheets';
import { request, type RequestOptions } from './request';
import { leftovers, ownershipOf, queueShape, writeWorkbookSpec, type WorkbookShape } from './writeWorkbookSpec';

export interface ExcelWorkbookOptions {
  caps: ExcelCapabilities;
  /** Bytes a request or a response may carry before it is cut in more syncs (4 MB unless a test says less). */
  budget?: number;
  request?: RequestOptions;
}

/**
 * The open workbook as the actions see it (app/workbook.ts), inside one `Excel.run`. The workbook's
 * shape (its sheets, tables and ownership marks) rides along with the first read, so a write needs
 * no sync of its own to learn it: an action that reads the plan then writes costs two syncs, one
 * that also reads the report sheets four, whatever the number of sheets. `syncs` counts them.
 */
export class ExcelWorkbook implements Workbook {
  readonly writesTo = 'sheets';
  readonly drawsCharts = true;
  syncs = 0;
  private shape: WorkbookShape | null = null;

  constructor(private readonly context: Excel.RequestContext, private readonly options: ExcelWorkbookOptions) {}

  async read(wanted: ReadRequest): Promise<WorkbookRead> {
    const names = [...wanted.plan, ...(wanted.summary ?? []), ...(wanted.report ? [SHEET.report] : [])];
    const read = await this.sync(() => ({ shape: this.shape ?? queueShape(this.context), values: queueSheetReads(this.context, names) }));
    this.shape = read.shape;
    const values = read.values();
    const own = ownershipOf(read.shape);
    const sheets = { values };
    return {
      plan: sheets,
      ...(wanted.summary && { summary: sheets }),
      report: wanted.report ? (sheetNamed(values, SHEET.report) ?? null) : null,
      sheets: read.shape.worksheets.items.map((w) => ({ name: w.name, owned: own.owns(w.name) })),
      leftovers: leftovers(read.shape),
      ...(wanted.inventory && { inventory: { sheets: read.shape.worksheets.items.map((w) => w.name), formSheets: formSheetNames(read.shape).length } }),
    };
  }

  async readReports(): Promise<HeldReports> {
    const shape = await this.knownShape();
    try {
      const read = await readReportSheets(this.context, shape, this.options.budget ?? RESPONSE_BUDGET, this.options.request);
      this.syncs += read.syncs;
      return { reports: read.reports, findings: read.findings, sheets: read.sheets };
    } catch (e) {
      throw excelUserError(e);
    }
  }

  async write(outputs: readonly Output[], wanted: WriteRequest): Promise<Written> {
    const shape = await this.knownShape();
    const result = await writeWorkbookSpec(this.context, oneSpec(outputs), shape, {
      caps: this.options.caps,
      replace: wanted.replace === 'all',
      replaceOwned: wanted.replace === 'owned',
      keepAs: wanted.keepAs,
      budget: this.options.budget,
      onProgress: wanted.onProgress,
      request: this.options.request,
    });
    if (result.status !== 'done') return { status: 'needs-consent', existing: result.existing, foreign: result.foreign };
    // The workbook changed: a later step learns its shape again.
    this.shape = null;
    this.syncs += result.syncs;
    return { status: 'done', sheets: result.created, replaced: result.replaced, skipped: result.skipped };
  }

  private async knownShape(): Promise<WorkbookShape> {
    this.shape ??= await this.sync(() => queueShape(this.context));
    return this.shape;
  }

  private async sync<T>(queue: () => T): Promise<T> {
    try {
      const out = await request(this.context, queue, this.options.request);
      this.syncs++;
      return out;
    } catch (e) {
      throw excelUserError(e);
    }
  }
}

/** The open workbook takes every output's sheets; only the first says which sheet is shown. */
function oneSpec(outputs: readonly Output[]): WorkbookSpec {
  if (outputs.length === 1) return outputs[0].spec;
  return { ...outputs[0]?.spec, sheets: outputs.flatMap((o) => o.spec.sheets) };
}
