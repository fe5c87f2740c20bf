import { findingLine, type Finding } from '../../domain/finding';
import type { Plan } from '../../domain/plan';
import { UserError } from '../../domain/userError';
import { readPlan } from './readPlan';

/** Shown before "… and N more": enough to act on, short enough to read in a pane or a terminal. */
const SHOWN = 5;

/**
 * One error for a plan workbook that cannot be read, listing the sheets and cells at fault, so every
 * host refuses the same way.
 */
export function planReadError(findings: readonly Finding[], file?: string): UserError {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length && errors.every((f) => f.code === 'sheet-missing')) return planMissingError(errors.map((f) => f.sheet), file);
  const list = (lang: 'vi' | 'en') => errors.slice(0, SHOWN).map((f) => `  - ${findingLine(f, lang, {})}`).join('\n')
    + (errors.length > SHOWN ? (lang === 'vi' ? `\n  … và ${errors.length - SHOWN} lỗi khác.` : `\n  … and ${errors.length - SHOWN} more.`) : '');
  const name = file ? ` "${file}"` : '';
  return new UserError('plan-unreadable',
    `Bảng kế hoạch${name} có ${errors.length} lỗi cần sửa trước:\n${list('vi')}`,
    `The plan workbook${name} has ${errors.length} errors to fix first:\n${list('en')}`,
    file ? { file } : {});
}

/**
 * Plan sheets missing is one cause, said once (not as one error per sheet), so every face can offer
 * the one way out: make the plan first.
 */
export function planMissingError(sheets: readonly string[], file?: string): UserError {
  const list = sheets.map((n) => `"${n}"`).join(', ');
  const where = file ? `Tệp "${file}"` : 'Sổ làm việc này';
  const whereEn = file ? `The file "${file}"` : 'This workbook';
  return new UserError('plan-missing',
    `${where} chưa có bảng kế hoạch (thiếu trang tính ${list}). Hãy tạo bảng kế hoạch trước.`,
    `${whereEn} has no plan yet (sheet ${list} missing). Create the plan first.`,
    file ? { file } : {});
}

/** The plan of a workbook that reads without errors, or the error listing what to fix first. */
export function readablePlan(values: Parameters<typeof readPlan>[0], file?: string): Plan {
  const { plan, findings } = readPlan(values);
  if (!plan || findings.some((f) => f.severity === 'error')) throw planReadError(findings, file);
  return plan;
}
