import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../errors';
import { openStore } from './open-store';

/**
 * What an unlucky operator meets (issue 15): each must end in a message naming the path and
 * what to do (a UserFacingError: the CLI prints it without a stack), with nothing half-written.
 */
const asRoot = process.getuid?.() === 0;
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'parallax-storage-'));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** Makes a file or folder unwritable; root ignores permission bits, so it gets chattr +i. */
function makeReadOnly(target: string): void {
  if (asRoot) {
    execFileSync('chattr', ['+i', target]);
    cleanups.push(() => execFileSync('chattr', ['-i', target]));
  } else {
    chmodSync(target, 0o555);
    cleanups.push(() => chmodSync(target, 0o755));
  }
}

/** Opens the database at `file` again and tries to store one more article. */
async function writeAfterReopening(file: string): Promise<void> {
  const reopened = await openStore({ kind: 'sqlite', path: file });
  try {
    await reopened.articles.upsert([article(2, 'not kept')]);
  } finally {
    await reopened.close();
  }
}

async function failureOf(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught as Error,
  );
  if (!error) throw new Error('expected a failure');
  return error;
}

const article = (i: number, text: string) => ({
  id: `a${i}`,
  url: `https://example.org/${i}`,
  title: `Article ${i}`,
  outlet: null,
  sourceId: null,
  publishedAt: null,
  storyId: `s${i}`,
  text,
});

describe('storage failures (SQLite)', () => {
  it('a database path under a file: says a part of the path is a file', async () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, 'not-a-folder'), 'x');
    const file = path.join(folder, 'not-a-folder', 'parallax.db');
    const error = await failureOf(openStore({ kind: 'sqlite', path: file }));
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/is a file, not a folder.*PARALLAX_DB/s);
  });

  it('a read-only folder: says it must be writable, names the path', async () => {
    const folder = path.join(tempFolder(), 'db');
    mkdirSync(folder);
    makeReadOnly(folder);
    const file = path.join(folder, 'parallax.db');
    const error = await failureOf(openStore({ kind: 'sqlite', path: file }));
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/writable/);
  });

  it('a database in a folder made read-only since: says it must be writable', async () => {
    const folder = path.join(tempFolder(), 'db');
    mkdirSync(folder);
    const file = path.join(folder, 'parallax.db');
    const store = await openStore({ kind: 'sqlite', path: file });
    await store.articles.upsert([article(1, 'kept')]);
    await store.close();
    makeReadOnly(folder);
    const error = await failureOf(writeAfterReopening(file));
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/writable/);
  });

  it('a read-only database file: says it is read-only, and writes nothing', async () => {
    const file = path.join(tempFolder(), 'parallax.db');
    const store = await openStore({ kind: 'sqlite', path: file });
    await store.articles.upsert([article(1, 'kept')]);
    await store.close();
    makeReadOnly(file);
    const error = await failureOf(writeAfterReopening(file));
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/read-only|writable/);
    const check = new SQLite(file, { readonly: true });
    expect(check.prepare('select id from articles').pluck().all()).toEqual(['a1']);
    check.close();
  });

  // A real full disk: a 2 MB tmpfs, which needs root to mount.
  it.runIf(asRoot)(
    'a full disk during a write: says the disk is full, and keeps what was committed',
    async () => {
      const mount = tempFolder();
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mount]);
      cleanups.push(() => execFileSync('umount', ['-l', mount]));
      const file = path.join(mount, 'parallax.db');
      const store = await openStore({ kind: 'sqlite', path: file });
      try {
        await store.articles.upsert([article(0, 'committed before the disk filled')]);
        const big = 'x'.repeat(200_000);
        const batch = Array.from({ length: 40 }, (_, i) => article(i + 1, `${i} ${big}`));
        const error = await failureOf(store.transaction((tx) => tx.articles.upsert(batch)));
        expect(error).toBeInstanceOf(UserFacingError);
        expect(error.message).not.toMatch(/cannot rollback/);
        expect(error.message).toMatch(/full/);
        expect(error.message).toContain(file);
        expect(await store.articles.count()).toBe(1);
      } finally {
        await store.close();
      }
      const check = new SQLite(file, { readonly: true });
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      check.close();
    },
  );
});
