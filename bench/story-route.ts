// `npm run bench -- story-route`: GET /v1/stories/:id against /healthz on the real roundups.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { buildApp } from '../server/app';
import { openBackend } from '../server/cli/open-backend';
import { parseConfig } from '../server/config';
import { importJsonl } from '../server/import/import-jsonl';
import { meanMicros, printTable } from './measure';
import { REAL_STORIES } from './synthetic-window';

const CONNECTIONS = 50;
const SECONDS = 5;

/**
 * The story route serves the view stored when the story changed (server/stories/), so it should
 * cost about one indexed read more than /healthz (one `select 1`). Measured in one run, on a
 * store holding the real roundups: in process (app.inject, one request at a time), then over
 * HTTP with 50 connections (autocannon), cycling through every story. The event loop's longest
 * stall during the HTTP run bounds what any one request blocked it for.
 */
export async function benchStoryRoute(): Promise<void> {
  if (!existsSync(REAL_STORIES)) {
    console.log('\nStory route: skipped (../shared/data/stories missing)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-story-'));
  try {
    const config = parseConfig({ PARALLAX_DB: join(dir, 'bench.db'), LOG_LEVEL: 'silent' });
    const backend = await openBackend(config);
    const started = Date.now();
    const { imported } = await importJsonl(backend, REAL_STORIES);
    const importMillis = Date.now() - started;
    const ids = storyIds(REAL_STORIES);
    const app = await buildApp({
      store: backend.store,
      stories: backend.stories,
      config: { ...config, rateLimitPerMinute: 100_000_000 },
      logger: false,
    });
    const path = (i: number) => `/v1/stories/${ids[i % ids.length]}`;
    printTable(`Story route in process, SQLite (${imported} articles, ${ids.length} stories)`, [
      {
        name: 'GET /healthz (floor)',
        micros: await meanMicros(2000, () => app.inject('/healthz')),
      },
      {
        name: 'GET /v1/stories/:id (every roundup in turn)',
        micros: await meanMicros(2000, (i) => app.inject(path(i))),
        baseline: 'GET /healthz (floor)',
      },
    ]);
    console.log(`  (import with view building: ${importMillis} ms for ${imported} articles)`);

    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const health = await load(url, [{ path: '/healthz' }]);
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    let next = 0;
    const story = await load(url, [{ setupRequest: (req) => ({ ...req, path: path(next++) }) }]);
    delay.disable();
    const ratio = story.rps / health.rps;
    console.log(
      `\nStory route over HTTP, ${CONNECTIONS} connections, ${SECONDS} s each\n` +
        `  GET /healthz                 ${health.rps.toFixed(0).padStart(7)} req/s  p99 ${health.p99} ms\n` +
        `  GET /v1/stories/:id          ${story.rps.toFixed(0).padStart(7)} req/s  p99 ${story.p99} ms  (${story.non2xx} non-2xx)\n` +
        `  → story route / healthz = ${ratio.toFixed(2)}× (target ≥ 0.5×); longest event-loop stall ${(delay.max / 1e6).toFixed(1)} ms (target ≤ 50 ms)`,
    );
    await app.close();
    await backend.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every story id in a stories JSONL file, in file order. */
function storyIds(file: string): string[] {
  const ids = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const story = (JSON.parse(line) as { story?: unknown }).story;
    if (typeof story === 'string') ids.add(story);
  }
  return [...ids];
}

async function load(url: string, requests: autocannon.Request[]) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests,
  });
  return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx };
}
