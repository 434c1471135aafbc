// The server side of the lookup-load bench (api-lookup-load.ts), run in its own process so that
// the load generator's work neither slows it nor counts in its event-loop delay.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { bucketOfHash } from '../core/lookup-bucket';
import { openBenchBackend } from './api-bench-backend';
import { LoadServerCommand, type LoadServerMessage } from './api-load-protocol';

const send = (message: LoadServerMessage) => process.send?.(message);

const dir = mkdtempSync(join(tmpdir(), 'parallax-load-'));
const backend = await openBenchBackend(join(dir, 'load.db'));
const app = await backend.buildApp();
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const delay = monitorEventLoopDelay({ resolution: 1 });

process.on('message', async (raw) => {
  const command = LoadServerCommand.parse(raw);
  if (command.type === 'watch-delay') {
    delay.reset();
    delay.enable();
  } else if (command.type === 'read-delay') {
    delay.disable();
    send({ type: 'delay', maxMs: delay.max / 1e6, p99Ms: delay.percentile(99) / 1e6 });
  } else {
    await app.close();
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }
});

const buckets = backend.buckets();
send({
  type: 'ready',
  port: typeof address === 'object' && address ? address.port : 0,
  articles: backend.articles,
  stories: backend.storyIds.length,
  buckets,
  storyIds: backend.storyIds,
  lookupBuckets: backend.urlHashes.map((hash) => bucketOfHash(hash, buckets)),
});
