import { afterEach, expect, it } from 'vitest';
import { type Backend, openBackend } from '../cli/open-backend';
import { terminateSession } from '../store/postgres-admin';
import { WriterFencedError } from '../store/writer-epoch';
import { openLockSession, writerLockHolder } from '../store/writer-lock';
import { describePostgres, type TestDatabase } from '../testing/test-databases';
import { runWriterElection } from './writer-election';

/** Polls `condition` every 20 ms until it holds; fails after `ms` with `what`. */
async function waitFor(what: string, condition: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describePostgres('writer election', (createDatabase) => {
  let database: TestDatabase | undefined;
  let backend: Backend | undefined;
  const stops: AbortController[] = [];
  const runs: Promise<void>[] = [];

  afterEach(async () => {
    for (const stop of stops.splice(0)) stop.abort();
    await Promise.all(runs.splice(0));
    await backend?.close();
    await database?.drop();
    backend = database = undefined;
  });

  /** A contender as `serve --role worker` runs one: `leading` says whether it leads now. */
  function contender(name: string, url: string, store: Backend['store'], log: string[]) {
    const state = { leading: false, elections: 0, epoch: 0, stop: new AbortController() };
    stops.push(state.stop);
    runs.push(
      runWriterElection({
        connect: () => openLockSession(url),
        claimEpoch: () => store.writer.claim(),
        lead: async (signal, epoch) => {
          state.leading = true;
          state.elections += 1;
          state.epoch = epoch;
          log.push(`${name} leads (epoch ${epoch})`);
          await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
          state.leading = false;
          log.push(`${name} stops`);
        },
        pollMs: 100,
        signal: state.stop.signal,
      }),
    );
    return state;
  }

  it('elects exactly one of two contenders; the lock lost, one leads again under a new epoch', async () => {
    database = await createDatabase();
    backend = await openBackend({ database: database.config });
    const url = database.config.kind === 'postgres' ? database.config.url : '';
    const log: string[] = [];
    const a = contender('a', url, backend.store, log);
    const b = contender('b', url, backend.store, log);
    await waitFor('a writer', () => a.leading || b.leading);
    // Several polls later, still exactly one.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect([a.leading, b.leading].filter(Boolean)).toHaveLength(1);
    const first = a.leading ? a : b;
    const firstEpoch = first.epoch;
    const holder = await writerLockHolder(url);
    expect(holder).not.toBeNull();

    // The writer's lock session is ended (its machine gone, an operator): it stops leading, and
    // a writer is elected again (either contender) with a newer epoch.
    await terminateSession(url, holder?.pid as number);
    await waitFor('the old writer to stop', () => log.includes(`${first === a ? 'a' : 'b'} stops`));
    await waitFor('a new election', () => a.elections + b.elections === 2);
    expect([a.leading, b.leading].filter(Boolean)).toHaveLength(1);
    expect(Math.max(a.epoch, b.epoch)).toBe(firstEpoch + 1);
    expect(log.filter((line) => line.includes('leads'))).toHaveLength(2);
  });

  it('refuses every write of a writer whose epoch was superseded, storing nothing of it', async () => {
    database = await createDatabase();
    backend = await openBackend({ database: database.config });
    const old = await backend.store.writer.claim();
    const fenced = backend.stories.guarded((tx) => tx.writer.check(old));
    const article = {
      id: 'late-1',
      url: 'https://example.com/late-1',
      title: 'Harbour budget approved',
      outlet: null,
      sourceId: null,
      publishedAt: '2026-11-20T10:00:00Z',
      storyId: 'late',
      text: null,
    };
    expect((await fenced.storeArticles([article])).inserted).toBe(1);
    const successor = await backend.store.writer.claim();
    expect(successor).toBe(old + 1);
    await expect(
      fenced.storeArticles([{ ...article, id: 'late-2', url: 'https://example.com/late-2' }]),
    ).rejects.toBeInstanceOf(WriterFencedError);
    await expect(fenced.refresh(['late'])).rejects.toBeInstanceOf(WriterFencedError);
    expect((await backend.store.articles.list(10)).map((a) => a.id)).toEqual(['late-1']);
  });
});
