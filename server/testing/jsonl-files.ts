import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/**
 * Writes JSON Lines files, one object a line, for import tests: all in one temp folder, which is
 * deleted after each test. Call it in a describe block's body, where Vitest takes hooks; the
 * returned function gives the written file's path.
 */
export function jsonlFiles(): (name: string, lines: readonly object[]) => string {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  return (name, lines) => {
    dir ??= mkdtempSync(path.join(tmpdir(), 'parallax-jsonl-'));
    const file = path.join(dir, name);
    writeFileSync(file, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
    return file;
  };
}
