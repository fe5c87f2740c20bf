import { reportDocSpec } from '../../documents/reportDoc';
import { reportContent, type ReportInput } from '../../sheets/reportSheet';
import { writeDocx } from './writeDocx';

/**
 * The summary report as a Word document (.docx bytes), from the same inputs as the `Báo cáo` sheet:
 * the plan, the consolidation, the date and the paragraphs the officer kept. For `unionplan report
 * --docx` and the pane's "Tải bản Word" (`drawsCharts` is ignored: Word's charts are always drawn).
 */
export function reportDocxBytes(input: Omit<ReportInput, 'drawsCharts'>): Promise<Uint8Array> {
  return writeDocx(reportDocSpec(reportContent({ ...input, drawsCharts: true })));
}
