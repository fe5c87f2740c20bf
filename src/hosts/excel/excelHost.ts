import type { WorkbookHost } from '../../app/planActions';
import { detectCapabilities } from './capabilities';
import { excelUserError } from './errors';
import { ExcelWorkbook } from './excelWorkbook';
import { request, runOptions } from './request';

/**
 * The plan's host inside Excel: each action runs in one `Excel.run` against the open workbook, with
 * the requirement sets this Excel has. With the ribbon's function file, the only place that reaches
 * the Office and Excel globals for a workbook.
 */
export function excelHost(): WorkbookHost {
  const caps = () => detectCapabilities((name, version) => Office.context.requirements.isSetSupported(name, version));
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    try {
      return await Excel.run(runOptions(caps().cellEditWait), batch);
    } catch (e) {
      throw excelUserError(e);
    }
  };
  return {
    kind: 'excel',
    open: (_files, work) => run((context) => work(new ExcelWorkbook(context, { caps: caps() }))),
    select: (sheet, cell) => run((context) => selectCell(context, sheet, cell)),
  };
}

/** Goes to a cell the user clicked in the pane's list: one sync. */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  try {
    await request(context, () => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell || 'A1').select();
    });
  } catch (e) {
    throw excelUserError(e);
  }
}
