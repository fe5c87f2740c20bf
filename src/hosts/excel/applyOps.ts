import { rectA1 } from '../../sheets/a1';
import type { PrintSpec } from '../../sheets/spec';
import type { Op } from './operations';

/*
 * Queues ops on an Office.js request context. Nothing here syncs: the caller decides where each
 * request ends, so the number of round trips stays a property of the plan, not of this loop.
 */

const MM_TO_POINTS = 72 / 25.4;
const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

export interface Queue {
  /** Sheets added earlier in the same operation, by name. */
  sheets: Map<string, Excel.Worksheet>;
}

export function queueOps(context: Excel.RequestContext, ops: readonly Op[], queue: Queue): void {
  const sheetOf = (name: string): Excel.Worksheet => {
    let ws = queue.sheets.get(name);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(name);
      queue.sheets.set(name, ws);
    }
    return ws;
  };
  for (const op of ops) {
    if (op.kind === 'addSheet') {
      const ws = context.workbook.worksheets.add(op.sheet);
      if (op.tabColor) ws.tabColor = op.tabColor;
      queue.sheets.set(op.sheet, ws);
      continue;
    }
    const ws = sheetOf(op.sheet);
    switch (op.kind) {
      case 'columnWidth':
        ws.getRangeByIndexes(0, op.col, 1, 1).format.columnWidth = op.points;
        break;
      case 'rowHeight':
        ws.getRangeByIndexes(op.row, 0, op.rows, 1).format.rowHeight = op.points;
        break;
      case 'format':
        applyFormat(ws.getRange(op.address), op);
        break;
      case 'write':
        ws.getRange(op.address).formulas = op.formulas as unknown[][];
        break;
      case 'table': {
        const t = ws.tables.add(op.address, true);
        t.name = op.name;
        t.style = op.style;
        break;
      }
      case 'merge':
        ws.getRange(op.address).merge(false);
        break;
      case 'validation': {
        const dv = ws.getRange(op.address).dataValidation;
        dv.rule = op.rule;
        dv.errorAlert = { showAlert: true, style: 'Stop', title: op.error.title, message: op.error.message };
        break;
      }
      case 'conditionalFill': {
        const cf = ws.getRange(op.address).conditionalFormats.add('Custom');
        cf.custom.rule.formula = op.formula;
        cf.custom.format.fill.color = op.fill;
        if (op.fontColor) cf.custom.format.font.color = op.fontColor;
        break;
      }
      case 'freeze':
        if (op.cols === 0) ws.freezePanes.freezeRows(op.rows);
        else ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, Math.max(op.rows, 1), op.cols));
        break;
      case 'hideColumns':
        ws.getRange(op.address).columnHidden = true;
        break;
      case 'chart': {
        // Charts and a series' own type are in ExcelApi 1.1 and 1.7: within the manifest's floor.
        const chart = ws.charts.add('ColumnClustered', ws.getRange(op.data), 'Columns');
        chart.title.text = op.title;
        chart.setPosition(op.anchor.from, op.anchor.to);
        chart.legend.position = 'Bottom';
        for (const i of op.lines) chart.series.getItemAt(i).chartType = 'Line';
        if (op.valueAxisTitle) chart.axes.valueAxis.title.text = op.valueAxisTitle;
        break;
      }
      case 'unlock':
        ws.getRange(op.address).format.protection.locked = false;
        break;
      case 'protect':
        // No password: it guards against slips; formatting and filtering stay allowed.
        ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true, allowSort: true });
        break;
      case 'pageLayout':
        applyPageLayout(ws, op.print);
        break;
      case 'activate':
        ws.activate();
        break;
      case 'select':
        ws.getRange(op.address).select();
        break;
    }
  }
}

function applyFormat(range: Excel.Range, op: Extract<Op, { kind: 'format' }>): void {
  const { style: st } = op;
  const f = range.format;
  if (op.font) {
    f.font.name = op.font.name;
    f.font.size = op.font.size;
  }
  if (st.bold !== undefined) f.font.bold = st.bold;
  if (st.italic !== undefined) f.font.italic = st.italic;
  if (st.underline) f.font.underline = 'Single';
  if (st.fontSize !== undefined) f.font.size = st.fontSize;
  if (st.fontColor) f.font.color = st.fontColor;
  if (st.fill) f.fill.color = st.fill;
  if (st.horizontal) f.horizontalAlignment = H_ALIGN[st.horizontal];
  if (st.vertical) f.verticalAlignment = V_ALIGN[st.vertical];
  if (st.wrap !== undefined) f.wrapText = st.wrap;
  if (st.numberFormat) range.numberFormat = Array.from({ length: op.rows }, () => Array<string>(op.cols).fill(st.numberFormat!));
  if (st.borders) {
    const edges: ('EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical')[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (op.rows > 1) edges.push('InsideHorizontal');
    if (op.cols > 1) edges.push('InsideVertical');
    for (const e of edges) f.borders.getItem(e).style = 'Continuous';
  } else if (st.topRule) f.borders.getItem('EdgeTop').style = 'Continuous';
}

function applyPageLayout(ws: Excel.Worksheet, p: PrintSpec): void {
  const pl = ws.pageLayout;
  pl.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  pl.paperSize = 'A4';
  if (p.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  pl.topMargin = p.margins.top * MM_TO_POINTS;
  pl.bottomMargin = p.margins.bottom * MM_TO_POINTS;
  pl.leftMargin = p.margins.left * MM_TO_POINTS;
  pl.rightMargin = p.margins.right * MM_TO_POINTS;
  if (p.centerHorizontally) pl.centerHorizontally = true;
  if (p.titleRows) pl.setPrintTitleRows(`$${p.titleRows.first + 1}:$${p.titleRows.last + 1}`);
  if (p.area) pl.setPrintArea(rectA1(p.area));
  // An official document shows no number on its first page.
  if (p.firstPageHeader) {
    pl.headersFooters.state = 'FirstAndDefault';
    const first = pl.headersFooters.firstPage;
    first.centerHeader = p.firstPageHeader.center ?? '';
    if (p.firstPageHeader.left) first.leftHeader = p.firstPageHeader.left;
    if (p.firstPageHeader.right) first.rightHeader = p.firstPageHeader.right;
    if (p.footer?.center) first.centerFooter = p.footer.center;
  }
  const hf = pl.headersFooters.defaultForAllPages;
  if (p.header?.left) hf.leftHeader = p.header.left;
  if (p.header?.center) hf.centerHeader = p.header.center;
  if (p.header?.right) hf.rightHeader = p.header.right;
  if (p.footer?.left) hf.leftFooter = p.footer.left;
  if (p.footer?.center) hf.centerFooter = p.footer.center;
  if (p.footer?.right) hf.rightFooter = p.footer.right;
  // Same API set as pageLayout (1.9): a break goes above the row it names.
  for (const r0 of p.rowBreaks ?? []) if (r0 > 0) ws.horizontalPageBreaks.add(`A${r0 + 1}`);
}
