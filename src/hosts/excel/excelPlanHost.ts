import type { PlanHost } from '../planHost';
import { lazyHost } from '../lazyHost';

/** The plan host inside Excel; its Office calls load on the first action (see lazyHost). */
export function excelPlanHost(): PlanHost {
  return lazyHost('excel', async () => (await import(/* webpackChunkName: "excel" */ './excelActions')).excelActions());
}
