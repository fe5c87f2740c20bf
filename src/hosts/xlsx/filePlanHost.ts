import type { PlanHost } from '../planHost';
import { lazyHost } from '../lazyHost';

/** The plan host of the standalone page; builds and reads .xlsx files, loaded on the first action (see lazyHost). */
export function filePlanHost(save: (fileName: string, data: Uint8Array) => void): PlanHost {
  return lazyHost('file', async () => (await import(/* webpackChunkName: "files" */ './fileActions')).fileActions(save));
}
