import { BUILT_PAGES, buildPages } from '../support/browser';

/**
 * Builds the production pages once per test run, with the Excel fake's pages beside them, for every
 * e2e file (issue #17: a build per file took minutes on a busy 2-core machine and timed out). Jest
 * runs it only when the run holds e2e tests, and before any of them; workers inherit the variable.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env[BUILT_PAGES]) return;
  const started = Date.now();
  process.env[BUILT_PAGES] = await buildPages({ excelFake: true });
  process.env[`${BUILT_PAGES}_OWNED`] = '1';
  if (process.env.UNIONPLAN_TIMINGS) console.log(`\ne2e pages built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
