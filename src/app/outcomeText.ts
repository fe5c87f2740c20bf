import { isCancelled } from '../domain/cancel';
import { labelOf } from '../domain/choice';
import { countBySeverity, findingLine, findingPlace, findingsSummary, SEVERITY_WORDS, type Finding, type Severity } from '../domain/finding';
import { STATUS_WORDS, type UnitStatus } from '../domain/report/attainment';
import type { Consolidation } from '../domain/report/consolidate';
import { missingUnitNames, targetsMet } from '../domain/report/headline';
import { isShare, plannedText, resultText, type ResultFigures } from '../domain/report/resultText';
import { COMPARATORS } from '../domain/target';
import { quotedList } from '../domain/text';
import { describeError, UserError } from '../domain/userError';

/*
 * How an action's outcome is said, in Vietnamese and English, by every face — the pane, the page,
 * the ribbon's answer and the CLI: severities, finding lines, the headlines of a check and of a
 * consolidation, a target's result and status, an error. The `Kiểm tra` sheet says the same words
 * (they are defined with the finding, in domain/finding.ts).
 */

export type Lang = 'vi' | 'en';
export type { Finding, Severity, UnitStatus };
export { UserError };
export { countBySeverity, findingLine, findingPlace, isCancelled, quotedList };

export const severityWord = (s: Severity, lang: Lang) => SEVERITY_WORDS[s][lang];

/** "1 lỗi, 2 cảnh báo, 0 lưu ý", or that nothing was found. */
export const checkHeadline = (findings: readonly Finding[], lang: Lang) => findingsSummary(findings, lang);

/** "5/6 đơn vị đã báo cáo; 4/7 chỉ tiêu đạt và vượt". */
export function consolidationHeadline(c: Consolidation, lang: Lang): string {
  const met = targetsMet(c);
  return lang === 'vi'
    ? `${c.units.reported}/${c.units.expected} đơn vị đã báo cáo; ${met}/${c.targets.length} chỉ tiêu đạt và vượt`
    : `${c.units.reported}/${c.units.expected} units reported; ${met}/${c.targets.length} targets met or exceeded`;
}

/** "Chưa báo cáo: CĐCS A; CĐCS B." (by name), or null when every unit reported. */
export function missingLine(c: Consolidation, lang: Lang): string | null {
  if (!c.units.missing.length) return null;
  return `${lang === 'vi' ? 'Chưa báo cáo' : 'Not reported'}: ${missingUnitNames(c).join('; ')}.`;
}

/** A target's status as a word: Vượt, Đạt, Không đạt, Không áp dụng, Chưa báo cáo. */
export const statusText = (s: UnitStatus, lang: Lang) => labelOf(STATUS_WORDS, s, lang);

/** English writes 92.1 and 1,200 where Vietnamese writes 92,1 and 1.200. */
const enNumber = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** "98,04%", "120" (Vietnamese, as the sheets write it) or "98.04%" (English); "—" when nobody answered. */
export function targetResult(t: ResultFigures, lang: Lang = 'vi'): string {
  if (lang === 'vi') return resultText(t) || '—';
  if (t.result === null) return '—';
  return isShare(t) ? `${enNumber(t.result)}%` : enNumber(t.result);
}

/** A target's plan: "≥ 90%", "≥ 120 đoàn viên". */
export function targetPlanned(t: ResultFigures, lang: Lang = 'vi'): string {
  if (lang === 'vi') return plannedText(t);
  return `${labelOf(COMPARATORS, t.comparator, 'en')} ${enNumber(t.target)}${t.percent ? '%' : t.unit ? ` ${t.unit}` : ''}`;
}

/** A failure as the user reads it: a UserError's message with where it happened, or the error's own text. */
export function errorText(e: unknown, lang: Lang): string {
  return e instanceof UserError ? describeError(e, lang) : e instanceof Error ? e.message : String(e);
}

/** A finding as JSON for scripts (`--json`): its message in one language, its value where it has one. */
export function findingRecord(f: Finding, lang: Lang): Record<string, string> {
  return { severity: f.severity, code: f.code, sheet: f.sheet, cell: f.cell, message: f[lang], ...(f.value !== undefined ? { value: f.value } : {}) };
}
