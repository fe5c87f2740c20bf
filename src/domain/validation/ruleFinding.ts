import type { Finding, Severity } from '../finding';
import { RULES, type RuleCode } from './rules';

/** A finding of a catalogued rule, at its sheet and cell, with the rule's severity unless told. */
export function ruleFinding(code: RuleCode, sheet: string, cell: string, vi: string, en: string, value?: unknown, severity?: Severity): Finding {
  return {
    severity: severity ?? RULES[code].severity, code, sheet, cell, vi, en,
    ...(value === undefined || value === null || value === '' ? {} : { value: String(value) }),
  };
}
