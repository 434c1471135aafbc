// The server side of the lookup-load bench (api-lookup-load.ts), run in its own process so that
// the load generator's work neither slows it nor counts in its event-loop delay.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { bucketOfHash } from '../core/lookup-bucket';
import { openBenchBackend } from './api-bench-backend';
import { LoadServerCommand, type LoadServerMessage, SAME_BYTES_PATH } from './api-load-protocol';

const send = (message: LoadServerMessage) => process.send?.(message);

const dir = mkdtempSync(join(tmpdir(), 'parallax-load-'));
const backend = await openBenchBackend(join(dir, 'load.db'));
const app = await backend.buildApp();
// Counted by the server, so that CPU time per request does not depend on the client's count.
let answered = 0;
app.addHook('onResponse', async () => {
  answered += 1;
});
// A control for the load generator's own cost per byte: the same gzipped bytes as a real prefix
// answer (bucket 0), sent with the same headers and no work. autocannon turns every body into a
// string, which for binary bodies costs it far more than it costs the server to send them.
let sameBytes: Buffer | undefined;
app.post(SAME_BYTES_PATH, async (_request, reply) => {
  sameBytes ??= (
    await app.inject({
      method: 'POST',
      url: '/v1/lookup/prefix',
      payload: { bucket: 0, buckets: backend.buckets() },
      headers: { 'accept-encoding': 'gzip' },
    })
  ).rawPayload;
  reply.type('application/json; charset=utf-8');
  reply.header('vary', 'Origin, Accept-Encoding');
  reply.header('content-encoding', 'gzip');
  return reply.send(sameBytes);
});
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const delay = monitorEventLoopDelay({ resolution: 1 });
let watched = { cpu: process.cpuUsage(), at: performance.now() };

process.on('message', async (raw) => {
  const command = LoadServerCommand.parse(raw);
  if (command.type === 'watch-delay') {
    delay.reset();
    delay.enable();
    watched = { cpu: process.cpuUsage(), at: performance.now() };
    answered = 0;
  } else if (command.type === 'read-delay') {
    delay.disable();
    const cpu = process.cpuUsage(watched.cpu);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    send({
      type: 'delay',
      maxMs: delay.max / 1e6,
      p99Ms: delay.percentile(99) / 1e6,
      cpuMs,
      answered,
      cpuShare: cpuMs / (performance.now() - watched.at),
    });
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
