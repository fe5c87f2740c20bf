import type { WorkbookHost } from '../../app/planActions';
import type { ChosenFile, HeldReports, SheetMap, Output, ReadRequest, Sheets, Workbook, WorkbookRead, WriteRequest, Written } from '../../app/workbook';
import { UserError } from '../../domain/userError';
import { readNamedWorkbook } from '../../files/readWorkbook';
import { OWN_SHEETS, SHEET } from '../../sheets/names';
import { isReportSheet, readReports } from '../../sheets/read/readReport';
import { sameSheetName, sheetNamed } from '../../sheets/sheetName';
import { writeWorkbook, writeWorkbookOnto } from './writeWorkbook';

/** The files a file host reads: the plan workbook, the consolidation when it is a file of its own, an earlier report. */
export interface FileSources {
  plan?: ChosenFile;
  summary?: ChosenFile;
  /** A report written before, whose edited paragraphs may be kept (the CLI's --keep-edits). */
  report?: ChosenFile;
  /**
   * A workbook unionplan made that the result is written onto (a copy: its other sheets kept, the
   * same-named replaced), so a second round's summary joins the first's in one file.
   */
  onto?: ChosenFile;
}

/**
 * Where a file host's results go — a download in the page, the path the user gave on the command
 * line — and what the user finds them as (a file name, a path). `bundle` names the one download that
 * holds several files.
 */
export type SaveFiles = (files: readonly ChosenFile[], bundle?: string) => Promise<string>;

/**
 * Workbooks as files (app/workbook.ts): sheets are read from the files the user chose or named,
 * which are never changed, and every result is a new .xlsx handed to `save` (none is built when
 * there is nowhere to save it). Errors name the file.
 */
export class FileWorkbook implements Workbook {
  readonly writesTo = 'files';
  readonly drawsCharts = false;
  private readonly cache = new Map<ChosenFile, Promise<Sheets>>();

  constructor(private readonly sources: FileSources, private readonly save?: SaveFiles) {}

  async read(wanted: ReadRequest): Promise<WorkbookRead> {
    const plan = await this.sheets(this.sources.plan);
    const summary = wanted.summary && this.sources.summary ? await this.sheets(this.sources.summary) : plan;
    const old = wanted.report && this.sources.report ? await this.sheets(this.sources.report) : null;
    return {
      plan,
      ...(wanted.summary && { summary }),
      report: old ? (sheetNamed(old.values, SHEET.report) ?? null) : null,
      sheets: [],
      leftovers: { incomplete: [], retired: [] },
      ...(wanted.inventory && { inventory: {
        sheets: [...new Set([...plan.values.keys(), ...(summary === plan ? [] : summary.values.keys())])],
        formSheets: formSheets(plan.values).size,
      } }),
    };
  }

  /** Report forms inside the plan workbook itself (made in Excel as "BC" sheets, then saved). */
  async readReports(): Promise<HeldReports> {
    const { values, file } = await this.sheets(this.sources.plan);
    const forms = formSheets(values);
    if (!forms.size) return { reports: [], findings: [], sheets: 0 };
    return { ...readReports(forms, file ?? null), sheets: forms.size };
  }

  async write(outputs: readonly Output[], wanted: WriteRequest): Promise<Written> {
    const done = { status: 'done' as const, sheets: [], replaced: [], skipped: [] };
    if (!this.save) return done;
    const files: ChosenFile[] = [];
    for (const o of outputs) {
      files.push({ name: o.name, data: this.sources.onto && outputs.length === 1 ? await writeWorkbookOnto(this.sources.onto.data, o.spec) : await writeWorkbook(o.spec) });
      wanted.onProgress?.(files.length, outputs.length);
    }
    return { ...done, saved: { as: await this.save(files, wanted.bundle), files } };
  }

  private sheets(file: ChosenFile | undefined): Promise<Sheets> {
    if (!file) throw new UserError('plan-file-missing', 'Hãy chọn tệp bảng kế hoạch (.xlsx).', 'Choose the plan file (.xlsx).');
    let read = this.cache.get(file);
    if (!read) {
      read = readNamedWorkbook(file.name, file.data).then((values) => ({ values, file: file.name }));
      this.cache.set(file, read);
    }
    return read;
  }
}

/** Report forms among a workbook's sheets (made in Excel as "BC" sheets), unionplan's own sheets aside. */
function formSheets(values: SheetMap): SheetMap {
  return new Map([...values].filter(([name, v]) => !OWN_SHEETS.some((o) => sameSheetName(o, name)) && isReportSheet(v)));
}

/** The standalone page's host: each action reads the files the user chose and saves what it makes. */
export function fileHost(save: SaveFiles): WorkbookHost {
  return {
    kind: 'file',
    open: (files, work) => work(new FileWorkbook({ plan: files.planFile, summary: files.summaryFile, onto: files.ontoFile }, save)),
  };
}
