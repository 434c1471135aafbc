import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PrefixLookupResponse } from '../core/lookup';
import { bucketOfHash, bucketsFor } from '../core/lookup-bucket';
import { canonicalizeUrl } from '../core/url';
import { urlHash } from '../core/url-hash';
import { buildApp } from '../server/app';
import { openBackend } from '../server/cli/open-backend';
import { parseConfig } from '../server/config';
import { syntheticArticles } from './api-synthetic-articles';
import { REAL_STORIES } from './synthetic-window';

/** A million by default; PARALLAX_BENCH_ARTICLES sets fewer for a quick look. */
const ARTICLES = Number(process.env.PARALLAX_BENCH_ARTICLES ?? 1_000_000);
const SAMPLED_BUCKETS = 500;
const BATCH = 5_000;
const TARGETS = { gzipBytes: 64 * 1024, p99Ms: 20 };
const REAL_HEADLINES = join(REAL_STORIES, '../neus-headlines-train.jsonl');
/**
 * A database file to keep the synthetic store in (and, when it exists, to measure again without
 * filling it: the fill is minutes). Unset, the store is made in a temp folder and deleted.
 */
const KEPT_DB = process.env.PARALLAX_BENCH_1M_DB;

/**
 * `npm run bench -- lookup-1m`: the private lookup over a synthetic store of ARTICLES articles
 * (SQLite in a temp folder, stored through the story service as ingest stores them): the split
 * at that size, the answer's size gzipped and its latency in process over SAMPLED_BUCKETS random
 * buckets; then the split at the real data's sizes.
 */
export async function benchLookup1m(): Promise<void> {
  await benchRealSplit();
  const dir = KEPT_DB ? null : mkdtempSync(join(tmpdir(), 'parallax-1m-'));
  try {
    const dbPath = KEPT_DB ?? join(dir as string, '1m.db');
    const reuse = KEPT_DB !== undefined && existsSync(KEPT_DB);
    const config = parseConfig({ PARALLAX_DB: dbPath, LOG_LEVEL: 'silent' });
    const backend = await openBackend(config);
    const fillStarted = performance.now();
    let stored = 0;
    if (!reuse) {
      for await (const batch of syntheticArticles(ARTICLES, BATCH)) {
        stored += (await backend.stories.storeArticles(batch)).inserted;
      }
    }
    const fillS = (performance.now() - fillStarted) / 1000;
    const countStarted = performance.now();
    const articles = await backend.store.articles.count();
    const countMs = performance.now() - countStarted;
    const buckets = bucketsFor(articles);
    const app = await buildApp({
      store: backend.store,
      stories: backend.stories,
      config: { ...config, rateLimitPerMinute: 1_000_000_000 },
      logger: false,
    });

    let state = 12345;
    const randomBucket = () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return Math.floor((state / 4294967296) * buckets);
    };
    const ask = (bucket: number) =>
      app.inject({ method: 'POST', url: '/v1/lookup/prefix', payload: { bucket, buckets } });
    for (let i = 0; i < 50; i += 1) await ask(randomBucket());
    const latencies: number[] = [];
    const gzipped: number[] = [];
    const raw: number[] = [];
    const candidates: number[] = [];
    let truncated = 0;
    for (let i = 0; i < SAMPLED_BUCKETS; i += 1) {
      const started = performance.now();
      const response = await ask(randomBucket());
      latencies.push(performance.now() - started);
      const body = PrefixLookupResponse.parse(response.json());
      raw.push(response.rawPayload.length);
      gzipped.push(gzipSync(response.rawPayload).length);
      candidates.push(body.candidates.length);
      if (body.truncated) truncated += 1;
    }
    await app.close();
    await backend.close();

    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(
      `\nPrivate lookup at ${articles.toLocaleString('en')} articles (synthetic, SQLite; ${reuse ? `reused ${dbPath}` : `stored in ${fillS.toFixed(0)} s, ${Math.round(stored / fillS)} articles/s through the story service`})`,
    );
    console.log(
      `  split: ${buckets.toLocaleString('en')} buckets, mean ${(articles / buckets).toFixed(1)} articles a bucket; over ${SAMPLED_BUCKETS} random buckets: median ${quantile(candidates, 0.5)}, max ${Math.max(...candidates)} candidates, ${truncated} truncated`,
    );
    const maxGz = Math.max(...gzipped);
    console.log(
      `  answer gzipped: median ${kb(quantile(gzipped, 0.5))}, max ${kb(maxGz)} (target ≤ ${kb(TARGETS.gzipBytes)}: ${maxGz <= TARGETS.gzipBytes ? 'met' : 'MISSED'}); raw JSON median ${kb(quantile(raw, 0.5))}, max ${kb(Math.max(...raw))}`,
    );
    const p99 = quantile(latencies, 0.99);
    console.log(
      `  latency in process (app.inject): p50 ${quantile(latencies, 0.5).toFixed(2)} ms, p99 ${p99.toFixed(2)} ms (target < ${TARGETS.p99Ms} ms: ${p99 < TARGETS.p99Ms ? 'met' : 'MISSED'}), max ${Math.max(...latencies).toFixed(2)} ms`,
    );
    console.log(
      `  article count (read at start and once a minute, not per request): ${countMs.toFixed(1)} ms`,
    );
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** The split at the sizes of the real data: article count → buckets → mean and max bucket. */
async function benchRealSplit(): Promise<void> {
  console.log('\nPrivate lookup split at the real data sizes');
  const roundups = readJsonl(REAL_STORIES);
  const headlines = readJsonl(REAL_HEADLINES);
  if (!roundups) {
    console.log('  skipped (../shared/data/stories missing)');
    return;
  }
  const sets: Array<[string, JsonlLine[]]> = [['roundups', roundups]];
  if (headlines) {
    sets.push(['headlines', headlines], ['roundups + headlines', [...roundups, ...headlines]]);
  }
  for (const [name, lines] of sets) {
    // The headlines file has no URLs: its articles are placed by a hash of their id, as
    // uniform as a URL's would be.
    const hashes = await Promise.all(
      lines.map((line) =>
        urlHash((line.url && canonicalizeUrl(line.url)) || `urn:parallax:${line.id}`),
      ),
    );
    const buckets = bucketsFor(hashes.length);
    const sizes = new Array<number>(buckets).fill(0);
    for (const hash of hashes) {
      const bucket = bucketOfHash(hash, buckets);
      sizes[bucket] = (sizes[bucket] ?? 0) + 1;
    }
    console.log(
      `  ${name.padEnd(22)} ${String(hashes.length).padStart(6)} articles → ${String(buckets).padStart(4)} buckets: mean ${(hashes.length / buckets).toFixed(1)}, min ${Math.min(...sizes)}, max ${Math.max(...sizes)}`,
    );
  }
}

interface JsonlLine {
  url?: string;
  id?: string;
}

function readJsonl(file: string): JsonlLine[] | null {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as JsonlLine);
  } catch {
    return null;
  }
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}
