import { rmSync } from 'node:fs';
import { BUILT_PAGES } from '../support/browser';

/** The run's build goes with the run. */
export default function globalTeardown(): void {
  const dir = process.env[BUILT_PAGES];
  if (dir && process.env[`${BUILT_PAGES}_OWNED`]) rmSync(dir, { recursive: true, force: true });
}
