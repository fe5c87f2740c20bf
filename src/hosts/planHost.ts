import type { Plan } from '../domain/plan';
import type { Skipped } from './excel/capabilities';

/**
 * What the task pane asks of wherever the plan lives: the open Excel workbook (Office.js) or an
 * .xlsx file the standalone page builds and downloads. The UI knows only this contract.
 */
export type ScaffoldOutcome =
  | { status: 'needs-consent'; existing: string[] }
  | { status: 'done'; sheets: string[]; replaced: string[]; skipped: Skipped[]; fileName?: string };

export interface ScaffoldOptions {
  replace: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface PlanHost {
  kind: 'excel' | 'file';
  scaffold(plan: Plan, options: ScaffoldOptions): Promise<ScaffoldOutcome>;
}
