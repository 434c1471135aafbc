import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { type LoadServerCommand, LoadServerMessage, SAME_BYTES_PATH } from './api-load-protocol';
import { nextMessage } from './child-message';

/**
 * Concurrent keep-alive connections, and how long each route is loaded after a warm-up
 * (PARALLAX_BENCH_SECONDS sets it, e.g. 1 for a quick look, 20 on a noisy machine).
 */
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.PARALLAX_BENCH_SECONDS ?? 5);
const WARM_UP_S = 1;
const WORKERS = Number(process.env.PARALLAX_BENCH_WORKERS ?? 0);
/** Issue 10's targets, each route's req/s as a share of /healthz's in the same run. */
const TARGETS = { story: 0.5, prefix: 0.7, maxEventLoopDelayMs: 50 };

interface RouteRun {
  name: string;
  requests: autocannon.Request[];
  target?: number;
}

interface RouteFigures {
  name: string;
  reqPerSec: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  maxDelayMs: number;
  /** Share of one core the server used, and its CPU time per request answered. */
  serverBusy: number;
  serverCpuMicros: number;
  /** Share of one core the load generator (this process) used: near 100%, it is the limit. */
  clientBusy: number;
  target?: number;
}

/**
 * `npm run bench -- lookup-load`: a real listening server (its own process, SQLite, the e2e
 * story and the real roundups) under 50 connections for DURATION_S per route: /healthz, the
 * story route over every stored story, the private lookup over the buckets of stored articles.
 * Prints req/s, p99 and each route's ratio to /healthz, and the server's worst event-loop delay.
 */
export async function benchLookupLoad(): Promise<void> {
  const server = fork(join(import.meta.dirname, 'api-load-server.ts'), {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const ready = await next(server, 'ready');
    const url = `http://127.0.0.1:${ready.port}`;
    const post = (body: object): autocannon.Request => ({
      method: 'POST',
      path: '/v1/lookup/prefix',
      headers: { ...BROWSER_HEADERS, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const runs: RouteRun[] = [
      { name: 'GET /healthz (floor)', requests: [{ method: 'GET', path: '/healthz' }] },
      {
        name: `GET /v1/stories/:id (${ready.storyIds.length} stories)`,
        requests: ready.storyIds.map((id) => ({
          method: 'GET',
          path: `/v1/stories/${encodeURIComponent(id)}`,
        })),
        target: TARGETS.story,
      },
      {
        name: `POST /v1/lookup/prefix (${ready.buckets} buckets)`,
        requests: ready.lookupBuckets.map((bucket) => post({ bucket, buckets: ready.buckets })),
        target: TARGETS.prefix,
      },
      {
        name: 'POST, same bytes, no work (control)',
        requests: [{ ...post({ bucket: 0, buckets: ready.buckets }), path: SAME_BYTES_PATH }],
      },
    ];
    const figures: RouteFigures[] = [];
    for (const run of runs) {
      await load(url, run.requests, WARM_UP_S);
      command(server, { type: 'watch-delay' });
      const clientCpu = process.cpuUsage();
      const result = await load(url, run.requests, DURATION_S);
      const client = process.cpuUsage(clientCpu);
      command(server, { type: 'read-delay' });
      const delay = await next(server, 'delay');
      figures.push({
        name: run.name,
        reqPerSec: result.requests.average,
        p99Ms: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors,
        maxDelayMs: delay.maxMs,
        serverBusy: delay.cpuShare,
        clientBusy: (client.user + client.system) / 1000 / (result.duration * 1000),
        serverCpuMicros: (delay.cpuMs * 1000) / Math.max(1, delay.answered),
        target: run.target,
      });
    }
    print(ready, figures);
  } finally {
    command(server, { type: 'stop' });
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

/** As a browser asks: every fetch from the extension accepts gzip. */
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br, zstd' };

function load(url: string, requests: autocannon.Request[], duration: number) {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    requests,
    headers: BROWSER_HEADERS,
    ...(WORKERS > 0 ? { workers: WORKERS } : {}),
  });
}

function print(ready: LoadServerMessage & { type: 'ready' }, figures: RouteFigures[]): void {
  const floor = figures[0] as RouteFigures;
  console.log(
    `\nAPI under load: ${CONNECTIONS} connections, ${DURATION_S} s per route, a listening server ` +
      `(SQLite, ${ready.articles} articles, ${ready.stories} stories, ${ready.buckets} buckets)`,
  );
  console.log(
    `  ${'route'.padEnd(40)}   req/s  p99 ms  loop max ms  server CPU/req  server busy  autocannon busy  req/s ÷ healthz  healthz CPU/req ÷ route's`,
  );
  for (const row of figures) {
    const ratio = row.reqPerSec / floor.reqPerSec;
    const capacity = floor.serverCpuMicros / row.serverCpuMicros;
    const verdict = row.target
      ? ` (≥ ${row.target}: ${ratio >= row.target ? 'met' : 'MISSED'})`
      : '';
    const failures =
      row.non2xx + row.errors > 0 ? `  ${row.non2xx} non-2xx, ${row.errors} errors` : '';
    console.log(
      `  ${row.name.padEnd(40)} ${row.reqPerSec.toFixed(0).padStart(7)} ${String(row.p99Ms).padStart(7)} ${row.maxDelayMs.toFixed(1).padStart(12)} ${`${row.serverCpuMicros.toFixed(0)} µs`.padStart(15)} ${`${(100 * row.serverBusy).toFixed(0)}%`.padStart(12)} ${`${(100 * row.clientBusy).toFixed(0)}%`.padStart(16)} ${`${ratio.toFixed(2)}×${verdict}`.padStart(16)} ${`${capacity.toFixed(2)}×`.padStart(10)}${failures}`,
    );
  }
  const prefix = figures[2];
  const control = figures[3];
  if (prefix && control) {
    console.log(
      `  → the private lookup serves ${(prefix.reqPerSec / control.reqPerSec).toFixed(2)}× the req/s of the control (its own answer's bytes, sent with no work): below that, the limit is moving the bytes to this load generator, not the route.`,
    );
  }
  const worst = Math.max(...figures.map((row) => row.maxDelayMs));
  console.log(
    `  → worst event-loop delay in the server: ${worst.toFixed(1)} ms (target < ${TARGETS.maxEventLoopDelayMs} ms: ${worst < TARGETS.maxEventLoopDelayMs ? 'met' : 'MISSED'}). ` +
      'When the server is not busy, the load generator is the limit (autocannon decodes every body as a string).',
  );
}

function command(server: ChildProcess, message: LoadServerCommand): void {
  server.send(message);
}

function next<T extends LoadServerMessage['type']>(
  server: ChildProcess,
  type: T,
): Promise<Extract<LoadServerMessage, { type: T }>> {
  return nextMessage(server, LoadServerMessage, type, 'The bench server');
}
