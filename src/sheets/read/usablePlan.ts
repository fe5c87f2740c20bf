import type { Plan } from '../../domain/plan';
import { UserError } from '../../domain/userError';
import { SHEET } from '../names';
import { readablePlan } from './planReadError';
import type { readPlan } from './readPlan';

/** A plan that can make forms: readable, with units and targets. Shared by every host. */
export function usablePlan(values: Parameters<typeof readPlan>[0], file?: string): Plan {
  const plan = readablePlan(values, file);
  if (!plan.units.length) throw new UserError('units-missing', 'Trang tính "Đơn vị" chưa có đơn vị nào: hãy nhập danh sách đơn vị trực thuộc trước.', 'The "Đơn vị" sheet lists no unit: enter the member units first.', { ...(file ? { file } : {}), sheet: SHEET.units });
  if (!plan.targets.length) throw new UserError('targets-missing', 'Trang tính "Chỉ tiêu" chưa có chỉ tiêu nào: hãy nhập các chỉ tiêu của kế hoạch trước.', 'The "Chỉ tiêu" sheet has no target: enter the plan\'s targets first.', { ...(file ? { file } : {}), sheet: SHEET.targets });
  return plan;
}
