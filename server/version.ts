import { readFileSync } from 'node:fs';

/** The running Parallax version, from the one package.json (reported by /healthz). */
export const PARALLAX_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
