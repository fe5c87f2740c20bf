import type { Finding } from '../../domain/finding';
import type { Read } from './cells';

/** A reader's complaint about one cell, as a finding. */
export function cellProblem(sheet: string, cell: string, code: string, why: { vi: string; en: string }, severity: Finding['severity'] = 'error'): Finding {
  return { severity, code, sheet, cell, vi: why.vi, en: why.en };
}

export function requiredProblem(sheet: string, cell: string, label: string): Finding {
  return cellProblem(sheet, cell, 'required-empty', { vi: `Chưa nhập "${label}".`, en: `"${label}" is empty.` });
}

/**
 * For one table row: a cell's read value, or null with the reason recorded at that cell. Every
 * table reader takes its cells this way.
 */
export function rowTaker(sheet: string, at: (key: string) => string, findings: Finding[]) {
  return <T>(key: string, read: Read<T>): T | null => {
    if (read.ok) return read.value;
    findings.push(cellProblem(sheet, at(key), 'cell-unreadable', read.why));
    return null;
  };
}
