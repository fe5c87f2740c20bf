import type { PlanHost } from '../../app/planActions';
import { lazyHost } from '../../app/lazyActions';

/** The plan host inside Excel; its Office calls load on the first action (see lazyHost). */
export function excelPlanHost(): PlanHost {
  return lazyHost('excel', async () => (await import(/* webpackChunkName: "excel" */ './excelHost')).excelActions());
}
