import { afterAll, beforeAll, expect, it } from 'vitest';
import { countArticles, readConsistency } from '../store/inspection';
import { type ParallaxProcess, startParallax, waitUntil } from '../testing/serve-process';
import { type SlowFeedServer, startSlowFeedServer } from '../testing/slow-feed-server';
import { describePostgres } from '../testing/test-databases';
import { createIngester } from './ingest-commands';
import { openBackend } from './open-backend';

const FEEDS = 6;
const ITEMS = 12;
/** Feed n answers after (n + 1) × this: a pass takes seconds, so the kill lands inside one. */
const FEED_DELAY_MS = 500;
/** The bound the failover must meet: the election's poll (200 ms here) with room for a busy CI. */
const TAKEOVER_BOUND_MS = 10_000;

let feeds: SlowFeedServer;

beforeAll(async () => {
  feeds = await startSlowFeedServer(FEEDS, ITEMS, FEED_DELAY_MS);
});
afterAll(() => feeds.close());

describePostgres('writer failover (serve --role worker, kill -9)', (createDatabase) => {
  it('kill -9 of the writer mid-pass: the standby takes over, every article stored once, clustered as a clean run', {
    timeout: 90_000,
  }, async () => {
    const database = await createDatabase();
    const clean = await createDatabase();
    const workers: ParallaxProcess[] = [];
    try {
      const url = database.config.kind === 'postgres' ? database.config.url : '';
      const env = {
        DATABASE_URL: url,
        PARALLAX_FEEDS_FILE: feeds.feedsFile,
        PARALLAX_FETCH_ALLOW_HOSTS: '127.0.0.1',
        PARALLAX_WRITER_POLL_MS: '200',
        LOG_LEVEL: 'info',
      };
      // Both start together: they also race the migrations and the catalog load.
      workers.push(startParallax(['serve', '--role', 'worker'], env));
      workers.push(startParallax(['serve', '--role', 'worker'], env));
      const elected = 'elected the writer';
      await waitUntil('a writer', () => workers.some((w) => w.sawAt(elected) !== null), 40_000);
      const writer = workers.find((w) => w.sawAt(elected) !== null) as ParallaxProcess;
      const standby = workers.find((w) => w !== writer) as ParallaxProcess;
      expect(standby.sawAt(elected)).toBeNull();
      const total = FEEDS * ITEMS;
      // Killed once the first feed is committed and before the last: inside the pass.
      await waitUntil(
        'the first feed stored',
        async () => (await countArticles(database.config)) >= ITEMS,
      );
      const before = await countArticles(database.config);
      expect(before).toBeLessThan(total);
      const killedAt = Date.now();
      writer.child.kill('SIGKILL');
      expect(await writer.exited).toEqual([null, 'SIGKILL']);

      await waitUntil('the standby elected', () => standby.sawAt(elected) !== null);
      const takeoverMs = (standby.sawAt(elected) as number) - killedAt;
      console.log(`[writer failover] standby elected ${takeoverMs} ms after kill -9`);
      expect(takeoverMs).toBeLessThan(TAKEOVER_BOUND_MS);
      await waitUntil(
        'every article stored',
        async () => (await countArticles(database.config)) === total,
      );
      // The next pass (60 s later) would change nothing: stop the writer cleanly now.
      standby.child.kill('SIGTERM');
      expect(await standby.exited).toEqual([0, null]);

      const after = await readConsistency(database.config);
      expect(after).toMatchObject({
        engineOk: true,
        articles: total,
        duplicateUrls: 0,
        assignments: total,
        strayAssignments: 0,
        emptyStories: 0,
        storiesWithoutViews: 0,
      });

      // A clean run: one writer, one pass over the same feeds, never interrupted.
      const backend = await openBackend({ database: clean.config });
      try {
        const ingester = createIngester(
          {
            ...env,
            host: '127.0.0.1',
            port: 0,
            logLevel: 'silent',
            rateLimitPerMinute: 1,
            database: clean.config,
            ingest: {
              enabled: true,
              allowHosts: ['127.0.0.1'],
              feedsFile: null,
              fetchArticles: false,
            },
          },
          backend,
        );
        await ingester.seed();
        await ingester.runPass(feeds.feedList);
      } finally {
        await backend.close();
      }
      const reference = await readConsistency(clean.config);
      expect(reference.articles).toBe(total);
      expect(after.partition).toEqual(reference.partition);
    } finally {
      for (const worker of workers) worker.child.kill('SIGKILL');
      await Promise.all(workers.map((worker) => worker.exited));
      await database.drop();
      await clean.drop();
    }
  });
});
