/**
 * What a member unit sends back (its `BaoCao` form, docs/domain.md#consolidation): per target code a result
 * (numerator), a base for percentages and unit shares, or "không áp dụng". Where each value sits is
 * kept so findings can point at the file, sheet and cell.
 */
export interface ReportLine {
  code: string;
  result: number | null;
  base: number | null;
  na: boolean;
  note: string;
  /** A1 address of the result cell in its sheet. */
  at: string;
}

export interface ReportSource {
  /** The file a form came in, or null for a sheet of the open workbook. */
  file: string | null;
  sheet: string;
}

export interface MemberReport {
  unitCode: string;
  unitName: string;
  /** The period code the form states ("2026", "2025-2026"), or "" when it states none. */
  periodCode: string;
  /** The reporting round the form states ("6T"), or "" for a form of the whole period. */
  roundCode?: string;
  source: ReportSource;
  /** Where the unit code is written, for findings about the unit. */
  unitAt: string;
  lines: ReportLine[];
  /** The form as made, nothing typed in it (not even a figure that could not be read): no report yet. */
  blank?: boolean;
}
