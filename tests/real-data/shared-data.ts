import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const SHARED_DATA = join(import.meta.dirname, '../../../shared/data');

/**
 * Path of a file in ../shared/data. Real-data suites must fail, not skip, in CI when it is
 * missing; elsewhere they skip with a visible message.
 */
export function sharedDataFile(relative: string): { path: string; available: boolean } {
  const path = join(SHARED_DATA, relative);
  const available = existsSync(path);
  if (!available) {
    const message = `Real-data file missing: ${path} (expected beside the project in ../shared/data).`;
    if (process.env.CI === 'true') throw new Error(message);
    console.warn(`${message} Skipping this suite outside CI.`);
  }
  return { path, available };
}
