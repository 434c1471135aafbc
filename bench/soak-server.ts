// The server side of the soak bench (soak.ts): a listening API on SQLite or PostgreSQL (argv[2])
// in its own process, so its memory is its own. Run with --expose-gc: memory is read after a
// full collection.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bucketOfHash } from '../core/lookup-bucket';
import type { DatabaseConfig } from '../server/config';
import { databaseUrl, dropDatabase, ensureDatabase } from '../server/store/postgres-admin';
import { openBenchBackendOn } from './api-bench-backend';
import { SoakCommand, type SoakMessage } from './soak-protocol';

const PG_ADMIN_URL = process.env.PARALLAX_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const send = (message: SoakMessage) => process.send?.(message);
const kind = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite';

const dir = mkdtempSync(join(tmpdir(), 'parallax-soak-'));
const pgName = `parallax_soak_${Date.now().toString(36)}`;
let database: DatabaseConfig = { kind: 'sqlite', path: join(dir, 'soak.db') };
if (kind === 'postgres') {
  await ensureDatabase(PG_ADMIN_URL, pgName);
  database = { kind: 'postgres', url: databaseUrl(PG_ADMIN_URL, pgName) };
}
const backend = await openBenchBackendOn(database);
const app = await backend.buildApp();
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();

const collect = (globalThis as { gc?: () => void }).gc;
const memory = () => {
  collect?.();
  const usage = process.memoryUsage();
  return { rssMb: usage.rss / 2 ** 20, heapMb: usage.heapUsed / 2 ** 20 };
};

process.on('message', async (raw) => {
  const command = SoakCommand.parse(raw);
  if (command.type === 'memory') {
    send({ type: 'memory', memory: memory() });
    return;
  }
  await app.close();
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
  if (kind === 'postgres') await dropDatabase(PG_ADMIN_URL, pgName);
  process.exit(0);
});

const buckets = backend.buckets();
send({
  type: 'ready',
  port: typeof address === 'object' && address ? address.port : 0,
  database: kind,
  articles: backend.articles,
  storyIds: backend.storyIds,
  urls: backend.urls,
  buckets,
  lookupBuckets: backend.urlHashes.map((hash) => bucketOfHash(hash, buckets)),
});
