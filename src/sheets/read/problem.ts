import type { Finding } from '../../domain/finding';

/** A reader's complaint about one cell, as a finding. */
export function cellProblem(sheet: string, cell: string, code: string, why: { vi: string; en: string }, severity: Finding['severity'] = 'error'): Finding {
  return { severity, code, sheet, cell, vi: why.vi, en: why.en };
}

export function requiredProblem(sheet: string, cell: string, label: string): Finding {
  return cellProblem(sheet, cell, 'required-empty', { vi: `Chưa nhập "${label}".`, en: `"${label}" is empty.` });
}
