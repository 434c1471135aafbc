import pg from 'pg';
import { expect, it } from 'vitest';
import { describeEachBackend } from '../testing/test-databases';
import { openStore } from './open-store';

/** Ends every session of `database` but the caller's, as an operator or a failover would. */
async function terminateSessions(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return rows.length;
  } finally {
    await client.end();
  }
}

describeEachBackend('losing database connections', (kind, createDatabase) => {
  // SQLite has no connections to lose; the test is PostgreSQL's.
  it.runIf(kind === 'postgres')(
    'the process survives connections terminated while queries run (57P01), and recovers',
    async () => {
      const database = await createDatabase();
      const store = await openStore(database.config);
      try {
        const url = database.config.kind === 'postgres' ? database.config.url : '';
        let release = () => {};
        const gate = new Promise<void>((resolve) => {
          release = resolve;
        });
        let entered = 0;
        let allIn = () => {};
        const inside = new Promise<void>((resolve) => {
          allIn = resolve;
        });
        // Transactions hold their client checked out of the pool: the case pool.on('error')
        // does not cover. Plain queries run beside them.
        const running = Array.from({ length: 4 }, () =>
          store.transaction(async (tx) => {
            await tx.articles.count();
            entered += 1;
            if (entered === 4) allIn();
            await gate;
            return tx.articles.count();
          }),
        );
        await inside;
        const busy = Array.from({ length: 20 }, () => store.articles.count());
        const outcomes = Promise.allSettled([...running, ...busy]);
        expect(await terminateSessions(url)).toBeGreaterThan(0);
        release();
        const settled = await outcomes;
        expect(settled.some((result) => result.status === 'rejected')).toBe(true);
        // The pool replaces the broken clients: the next queries succeed.
        await store.ping();
        expect(await store.articles.count()).toBe(0);
        await Promise.all(Array.from({ length: 12 }, () => store.articles.count()));
      } finally {
        await store.close();
        await database.drop();
      }
    },
  );
});
