import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { type LoadServerCommand, LoadServerMessage } from './api-load-protocol';

/**
 * Concurrent keep-alive connections, and how long each route is loaded after a warm-up
 * (PARALLAX_BENCH_SECONDS sets it, e.g. 1 for a quick look, 20 on a noisy machine).
 */
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.PARALLAX_BENCH_SECONDS ?? 5);
const WARM_UP_S = 1;
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
    ];
    const figures: RouteFigures[] = [];
    for (const run of runs) {
      await load(url, run.requests, WARM_UP_S);
      command(server, { type: 'watch-delay' });
      const result = await load(url, run.requests, DURATION_S);
      command(server, { type: 'read-delay' });
      const delay = await next(server, 'delay');
      figures.push({
        name: run.name,
        reqPerSec: result.requests.average,
        p99Ms: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors,
        maxDelayMs: delay.maxMs,
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
  });
}

function print(ready: LoadServerMessage & { type: 'ready' }, figures: RouteFigures[]): void {
  const floor = figures[0] as RouteFigures;
  console.log(
    `\nAPI under load: ${CONNECTIONS} connections, ${DURATION_S} s per route, a listening server ` +
      `(SQLite, ${ready.articles} articles, ${ready.stories} stories, ${ready.buckets} buckets)`,
  );
  for (const row of figures) {
    const ratio = row.reqPerSec / floor.reqPerSec;
    const versus =
      row === floor
        ? ''
        : `  ${ratio.toFixed(2)}× healthz${row.target ? ` (target ≥ ${row.target}×: ${ratio >= row.target ? 'met' : 'MISSED'})` : ''}`;
    const failures =
      row.non2xx + row.errors > 0 ? `  ${row.non2xx} non-2xx, ${row.errors} errors` : '';
    console.log(
      `  ${row.name.padEnd(40)} ${row.reqPerSec.toFixed(0).padStart(7)} req/s  p99 ${String(row.p99Ms).padStart(4)} ms  loop max ${row.maxDelayMs.toFixed(1).padStart(5)} ms${versus}${failures}`,
    );
  }
  const worst = Math.max(...figures.map((row) => row.maxDelayMs));
  console.log(
    `  → worst event-loop delay in the server during the runs: ${worst.toFixed(1)} ms (target < ${TARGETS.maxEventLoopDelayMs} ms: ${worst < TARGETS.maxEventLoopDelayMs ? 'met' : 'MISSED'})`,
  );
}

function command(server: ChildProcess, message: LoadServerCommand): void {
  server.send(message);
}

function next<T extends LoadServerMessage['type']>(
  server: ChildProcess,
  type: T,
): Promise<Extract<LoadServerMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (raw: unknown) => {
      const message = LoadServerMessage.parse(raw);
      if (message.type !== type) return;
      server.off('message', onMessage);
      server.off('exit', onExit);
      resolve(message as Extract<LoadServerMessage, { type: T }>);
    };
    const onExit = (code: number | null) =>
      reject(new Error(`The bench server exited (code ${code}) before it said "${type}".`));
    server.on('message', onMessage);
    server.once('exit', onExit);
  });
}
