import type { PlanHost } from '../../app/planActions';
import { lazyHost } from '../../app/lazyActions';

/** The plan host of the standalone page; builds and reads .xlsx files, loaded on the first action (see lazyHost). */
export function filePlanHost(save: (fileName: string, data: Uint8Array) => void): PlanHost {
  return lazyHost('file', async () => (await import(/* webpackChunkName: "files" */ './fileWorkbook')).fileActions(save));
}
