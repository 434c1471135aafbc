import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committedSqliteArticles, readConsistency } from '../store/inspection';
import { type ParallaxProcess, startParallax, waitUntil } from '../testing/serve-process';
import { type SlowFeedServer, startSlowFeedServer } from '../testing/slow-feed-server';
import { writeSyntheticJsonl } from '../testing/synthetic-jsonl';

/**
 * kill -9 of `parallax import`, `parallax ingest` and `parallax serve` in the middle of their
 * writes (issue 15 item 5), on SQLite: the file passes its integrity check, nothing committed
 * before the kill is lost, the invariants hold, and running the same command again converges to
 * the database an uninterrupted run makes (same articles, same stories).
 */
const FEEDS = 5;
const ITEMS = 10;
const FEED_DELAY_MS = 400;

const folder = mkdtempSync(path.join(tmpdir(), 'parallax-crash-'));
let feeds: SlowFeedServer;

beforeAll(async () => {
  feeds = await startSlowFeedServer(FEEDS, ITEMS, FEED_DELAY_MS);
});
afterAll(async () => {
  await feeds.close();
  rmSync(folder, { recursive: true, force: true });
});

function envFor(db: string): Record<string, string> {
  return {
    PARALLAX_DB: db,
    DATABASE_URL: '',
    PARALLAX_FEEDS_FILE: feeds.feedsFile,
    PARALLAX_FETCH_ALLOW_HOSTS: '127.0.0.1',
    LOG_LEVEL: 'info',
    PORT: '0',
  };
}

async function runToEnd(args: string[], db: string): Promise<void> {
  const run = startParallax(args, envFor(db));
  const [code] = await run.exited;
  if (code !== 0)
    throw new Error(`parallax ${args.join(' ')} exited ${code}:\n${run.lines.join('\n')}`);
}

/** Starts `args`, kills it -9 once `atLeast` articles are committed; returns that count. */
async function killMidWrite(args: string[], db: string, atLeast: number): Promise<number> {
  const run: ParallaxProcess = startParallax(args, envFor(db));
  try {
    await waitUntil('the first commit', () => committedSqliteArticles(db) >= atLeast, 30_000);
  } catch (error) {
    run.child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${run.lines.join('\n')}`);
  }
  const before = committedSqliteArticles(db);
  run.child.kill('SIGKILL');
  expect(await run.exited).toEqual([null, 'SIGKILL']);
  return before;
}

async function expectSound(db: string, committedBefore: number) {
  const state = await readConsistency({ kind: 'sqlite', path: db });
  expect(state).toMatchObject({
    engineOk: true,
    duplicateUrls: 0,
    strayAssignments: 0,
    emptyStories: 0,
    storiesWithoutViews: 0,
  });
  expect(state.articles).toBeGreaterThanOrEqual(committedBefore);
  return state;
}

async function expectSameAsClean(db: string, clean: string) {
  const [after, reference] = await Promise.all([
    readConsistency({ kind: 'sqlite', path: db }),
    readConsistency({ kind: 'sqlite', path: clean }),
  ]);
  expect(after.articles).toBe(reference.articles);
  expect(after.assignments).toBe(reference.assignments);
  expect(after.partition).toEqual(reference.partition);
}

// Each case runs three processes through tsx (about 15 s on an idle 2-core machine).
describe('kill -9 mid-write, then the same command again (SQLite)', { timeout: 120_000 }, () => {
  it('parallax import', async () => {
    const file = path.join(folder, 'articles.jsonl');
    const total = writeSyntheticJsonl(file, 30, 50);
    const db = path.join(folder, 'import.db');
    const clean = path.join(folder, 'import-clean.db');
    // Batches of 500 lines commit one by one: the kill lands after the first.
    const before = await killMidWrite(['import', file], db, 1);
    expect(before).toBeLessThan(total);
    const state = await expectSound(db, before);
    // Whole batches only: a batch is one transaction.
    expect(state.articles % 500).toBe(0);
    await runToEnd(['import', file], db);
    await runToEnd(['import', file], clean);
    await expectSound(db, total);
    await expectSameAsClean(db, clean);
  });

  it('parallax ingest', async () => {
    const db = path.join(folder, 'ingest.db');
    const clean = path.join(folder, 'ingest-clean.db');
    const before = await killMidWrite(['ingest'], db, ITEMS);
    expect(before).toBeLessThan(FEEDS * ITEMS);
    await expectSound(db, before);
    await runToEnd(['ingest'], db);
    await runToEnd(['ingest'], clean);
    expect((await expectSound(db, FEEDS * ITEMS)).articles).toBe(FEEDS * ITEMS);
    await expectSameAsClean(db, clean);
  });

  it('parallax serve (ingesting while it serves)', async () => {
    const db = path.join(folder, 'serve.db');
    const clean = path.join(folder, 'serve-clean.db');
    const before = await killMidWrite(['serve'], db, ITEMS);
    expect(before).toBeLessThan(FEEDS * ITEMS);
    await expectSound(db, before);
    // Started again, it polls the feeds not yet stored (the stored ones are not due) and stops.
    const again = startParallax(['serve'], envFor(db));
    await waitUntil('every article', () => committedSqliteArticles(db) === FEEDS * ITEMS, 30_000);
    await waitUntil('the pass logged', () => again.sawAt('ingest pass') !== null, 30_000);
    again.child.kill('SIGTERM');
    expect(await again.exited).toEqual([0, null]);
    await runToEnd(['ingest'], clean);
    await expectSound(db, FEEDS * ITEMS);
    await expectSameAsClean(db, clean);
  });
});
