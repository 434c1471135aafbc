import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { nextMessage } from './child-message';
import { type SoakCommand, type SoakMemory, SoakMessage } from './soak-protocol';

/**
 * Per route: WARM_UP_S of load, then DURATION_S at saturation (PARALLAX_BENCH_SOAK_SECONDS;
 * 60 by default). 50 keep-alive connections on loopback, as lookup-load.
 */
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.PARALLAX_BENCH_SOAK_SECONDS ?? 60);
const WARM_UP_S = Math.min(10, DURATION_S);
/** Heap growth from after the warm-up to the end that still counts as flat. */
const FLAT_HEAP_MB = 5;
const BACKENDS = (process.env.PARALLAX_BENCH_BACKENDS ?? 'sqlite,postgres')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);

interface SoakFigures {
  route: string;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  resets: number;
  maxMs: number;
  start: SoakMemory;
  warm: SoakMemory;
  end: SoakMemory;
}

/**
 * `npm run bench -- soak`: each read route loaded at saturation for DURATION_S on a listening
 * server (its own process, the e2e story and the real roundups), on SQLite and on PostgreSQL:
 * req/s, p50, p99, errors, and the server's RSS and heap (after a full GC) at the start, after
 * the warm-up and at the end. Loopback only; bounded by the durations.
 */
export async function benchSoak(): Promise<void> {
  for (const kind of BACKENDS) {
    if (kind !== 'sqlite' && kind !== 'postgres') {
      throw new Error(`PARALLAX_BENCH_BACKENDS holds "${kind}": expected sqlite and/or postgres.`);
    }
    const server = fork(join(import.meta.dirname, 'soak-server.ts'), [kind], {
      execArgv: ['--import', 'tsx', '--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    try {
      const ready = await next(server, 'ready');
      const url = `http://127.0.0.1:${ready.port}`;
      const post = (path: string, body: object): autocannon.Request => ({
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const routes: Array<[string, autocannon.Request[]]> = [
        ['GET /healthz', [{ method: 'GET', path: '/healthz' }]],
        [
          `GET /v1/stories/:id (${ready.storyIds.length})`,
          ready.storyIds.map((id) => ({
            method: 'GET',
            path: `/v1/stories/${encodeURIComponent(id)}`,
          })),
        ],
        [
          `POST /v1/lookup (${ready.urls.length} URLs)`,
          ready.urls.map((u) => post('/v1/lookup', { url: u })),
        ],
        [
          `POST /v1/lookup/prefix (${ready.buckets})`,
          ready.lookupBuckets.map((bucket) =>
            post('/v1/lookup/prefix', { bucket, buckets: ready.buckets }),
          ),
        ],
      ];
      const figures: SoakFigures[] = [];
      for (const [route, requests] of routes) {
        const start = await memoryOf(server);
        await load(url, requests, WARM_UP_S);
        const warm = await memoryOf(server);
        const result = await load(url, requests, DURATION_S);
        const end = await memoryOf(server);
        figures.push({
          route,
          reqPerSec: result.requests.average,
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          requests: result.requests.total,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          resets: result.resets,
          maxMs: result.latency.max,
          start,
          warm,
          end,
        });
      }
      print(ready, figures);
    } finally {
      server.send({ type: 'stop' } satisfies SoakCommand);
      await new Promise((resolve) => server.once('exit', resolve));
    }
  }
}

function load(url: string, requests: autocannon.Request[], duration: number) {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    requests,
    headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
  });
}

async function memoryOf(server: ChildProcess): Promise<SoakMemory> {
  server.send({ type: 'memory' } satisfies SoakCommand);
  return (await next(server, 'memory')).memory;
}

function print(ready: Extract<SoakMessage, { type: 'ready' }>, figures: SoakFigures[]): void {
  const mem = (m: SoakMemory) => `${m.rssMb.toFixed(0)}/${m.heapMb.toFixed(1)}`;
  console.log(
    `\nSoak: ${DURATION_S} s per route after ${WARM_UP_S} s of warm-up, ${CONNECTIONS} connections, a listening server on ${ready.database === 'postgres' ? 'PostgreSQL' : 'SQLite'} (${ready.articles} articles)`,
  );
  console.log(
    `  ${'route'.padEnd(34)}   req/s  p50 ms  p99 ms  requests  non-2xx errors (timeouts, resets)  max ms  RSS/heap MB: start   warm    end  heap flat (≤ ${FLAT_HEAP_MB} MB)`,
  );
  for (const row of figures) {
    const growth = row.end.heapMb - row.warm.heapMb;
    console.log(
      `  ${row.route.padEnd(34)} ${row.reqPerSec.toFixed(0).padStart(7)} ${String(row.p50Ms).padStart(7)} ${String(row.p99Ms).padStart(7)} ${String(row.requests).padStart(9)} ${String(row.non2xx).padStart(8)} ${`${row.errors} (${row.timeouts}, ${row.resets})`.padStart(24)} ${String(row.maxMs).padStart(7)}  ${mem(row.start).padStart(17)} ${mem(row.warm).padStart(7)} ${mem(row.end).padStart(7)}  ${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB ${growth <= FLAT_HEAP_MB ? 'flat' : 'GROWING'}`,
    );
  }
}

function next<T extends SoakMessage['type']>(
  server: ChildProcess,
  type: T,
): Promise<Extract<SoakMessage, { type: T }>> {
  return nextMessage(server, SoakMessage, type, 'The soak server');
}
