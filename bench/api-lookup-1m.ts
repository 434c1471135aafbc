import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bucketOfHash, bucketsFor } from '../core/lookup-bucket';
import { canonicalizeUrl } from '../core/url';
import { urlHash } from '../core/url-hash';
import { buildApp } from '../server/app';
import { openBackend } from '../server/cli/open-backend';
import { parseConfig } from '../server/config';
import { syntheticArticles } from './api-synthetic-articles';
import { postgresScaleDatabase, type ScaleDatabase, sqliteScaleDatabase } from './scale-database';
import { measureRoutes, type PrefixShape, type RouteLatency } from './scale-measure';
import { REAL_STORIES } from './synthetic-window';

/** A million by default; PARALLAX_BENCH_ARTICLES sets fewer for a quick look. */
const ARTICLES = Number(process.env.PARALLAX_BENCH_ARTICLES ?? 1_000_000);
/** The cost curve's points; each is measured as the one fill passes it. */
const CHECKPOINTS = [10_000, 100_000, 1_000_000];
/** sqlite, postgres or both (the default), comma-separated. */
const BACKENDS = (process.env.PARALLAX_BENCH_BACKENDS ?? 'sqlite,postgres')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const BATCH = 5_000;
const URL_SAMPLE = 20_000;
const TARGETS = { gzipBytes: 64 * 1024, p99Ms: 20 };
const REAL_HEADLINES = join(REAL_STORIES, '../neus-headlines-train.jsonl');
/**
 * A SQLite file (PARALLAX_BENCH_1M_DB) or a PostgreSQL database name (PARALLAX_BENCH_1M_PG_DB)
 * to keep the synthetic store in and, when it exists, to measure again without filling it: the
 * fill is minutes. Unset, the store is made afresh and deleted.
 */
const KEPT_DB = process.env.PARALLAX_BENCH_1M_DB;
const KEPT_PG_DB = process.env.PARALLAX_BENCH_1M_PG_DB;

/** One point of the cost curve. */
interface ScalePoint {
  articles: number;
  stories: number;
  /** Articles a second stored through the story service since the previous point. */
  importRate: number | null;
  sizeBytes: number;
  buckets: number;
  routes: RouteLatency[];
  prefix: PrefixShape;
}

/**
 * `npm run bench -- lookup-1m`: a synthetic corpus of ARTICLES articles in stories of 1-5
 * (3⅓ on average: a million in about 300k stories, api-synthetic-articles.ts) stored through
 * the story service as ingest stores them, on SQLite and on PostgreSQL. At 10k, 100k and 1M
 * articles: the import rate, the database's size and the read routes' p50/p99 (the URL lookup,
 * the private prefix lookup, the story route) in process and over HTTP; then the split at the
 * real data's sizes.
 */
export async function benchLookup1m(): Promise<void> {
  await benchRealSplit();
  for (const name of BACKENDS) {
    if (name !== 'sqlite' && name !== 'postgres') {
      throw new Error(`PARALLAX_BENCH_BACKENDS holds "${name}": expected sqlite and/or postgres.`);
    }
    const database =
      name === 'sqlite' ? sqliteScaleDatabase(KEPT_DB) : await postgresScaleDatabase(KEPT_PG_DB);
    try {
      console.log(
        `\nScale: synthetic corpus on ${database.label}${database.reused ? ' (reused store)' : ''}, stored through the story service; latency one request at a time, 500 random keys per route`,
      );
      // Each point is printed as it is measured: a million takes long, and the first points
      // are worth having if the run is stopped.
      await fillAndMeasure(database, printPoint);
    } finally {
      await database.release();
    }
  }
}

async function fillAndMeasure(
  database: ScaleDatabase,
  onPoint: (point: ScalePoint) => void,
): Promise<ScalePoint[]> {
  const config = { ...parseConfig({ LOG_LEVEL: 'silent' }), database: database.config };
  const backend = await openBackend(config);
  const points: ScalePoint[] = [];
  let state = 12345;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const urls: string[] = [];
  let seen = 0;
  let stories = 0;
  const remember = (url: string) => {
    // A uniform sample of every URL stored so far (reservoir sampling).
    seen += 1;
    if (urls.length < URL_SAMPLE) urls.push(url);
    else if (random() < URL_SAMPLE / seen) urls[Math.floor(random() * URL_SAMPLE)] = url;
  };
  const measure = async (importRate: number | null) => {
    const articles = await backend.store.articles.count();
    const buckets = bucketsFor(articles);
    const app = await buildApp({
      store: backend.store,
      stories: backend.stories,
      config: { ...config, rateLimitPerMinute: 1_000_000_000 },
      logger: false,
    });
    try {
      const storyIds = Array.from({ length: 5_000 }, () =>
        syntheticStoryId(Math.floor(random() * stories)),
      );
      const measured = await measureRoutes(app, { urls, storyIds, buckets }, random);
      const point = {
        articles,
        stories,
        importRate,
        sizeBytes: await database.sizeBytes(),
        buckets,
        ...measured,
      };
      points.push(point);
      onPoint(point);
    } finally {
      await app.close();
    }
  };
  try {
    const checkpoints = CHECKPOINTS.filter((n) => n < ARTICLES).concat(ARTICLES);
    let next = 0;
    let segmentStarted = performance.now();
    let segmentStored = 0;
    for await (const batch of syntheticArticles(ARTICLES, BATCH)) {
      // Stored as ingest stores them: by canonical URL (what a lookup asks for).
      const canonical = batch.map((article) => ({
        ...article,
        url: canonicalizeUrl(article.url) ?? article.url,
      }));
      for (const article of canonical) remember(article.url);
      stories = storyNumber((batch.at(-1) as (typeof batch)[number]).storyId) + 1;
      if (!database.reused) {
        segmentStored += (await backend.stories.storeArticles(canonical)).inserted;
      }
      if (!database.reused && seen % 100_000 === 0) {
        const seconds = (performance.now() - segmentStarted) / 1000;
        console.log(
          `  … ${seen.toLocaleString('en')} stored (${Math.round(segmentStored / seconds)} articles/s since the last point)`,
        );
      }
      if (seen >= (checkpoints[next] as number)) {
        const seconds = (performance.now() - segmentStarted) / 1000;
        // A reused store is measured only at its full size: its fill was another run's.
        if (!database.reused || next === checkpoints.length - 1) {
          await measure(database.reused ? null : segmentStored / seconds);
        }
        next += 1;
        segmentStarted = performance.now();
        segmentStored = 0;
      }
    }
    return points;
  } finally {
    await backend.close();
  }
}

function syntheticStoryId(index: number): string {
  return `syn-story-${index.toString(36)}`;
}

function storyNumber(id: string): number {
  return Number.parseInt(id.slice('syn-story-'.length), 36);
}

function printPoint(point: ScalePoint): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const ms = (value: number) => value.toFixed(2).padStart(7);
  const rate = point.importRate === null ? 'reused' : `${Math.round(point.importRate)} articles/s`;
  console.log(
    `  ${point.articles.toLocaleString('en')} articles in ${point.stories.toLocaleString('en')} stories: import ${rate}, database ${(point.sizeBytes / 1024 ** 2).toFixed(0)} MB (${Math.round(point.sizeBytes / point.articles)} B/article), ${point.buckets.toLocaleString('en')} buckets`,
  );
  console.log(
    `    ${'route'.padEnd(24)} in process p50    p99    max  │ HTTP p50    p99    max  non-200`,
  );
  for (const route of point.routes) {
    const found = route.found === undefined ? '' : `  (${route.found}/500 found)`;
    console.log(
      `    ${route.route.padEnd(24)} ${ms(route.inProcess.p50)} ${ms(route.inProcess.p99)} ${ms(route.inProcess.max)}  │ ${ms(route.http.p50)} ${ms(route.http.p99)} ${ms(route.http.max)}  ${route.non2xx}${found}`,
    );
  }
  const p = point.prefix;
  const prefixP99 = point.routes.find((r) => r.route === 'POST /v1/lookup/prefix')?.inProcess.p99;
  console.log(
    `    prefix answers: median ${p.medianCandidates}, max ${p.maxCandidates} candidates, ${p.truncated} truncated; gzipped median ${kb(p.medianGzipBytes)}, max ${kb(p.maxGzipBytes)} (target ≤ ${kb(TARGETS.gzipBytes)}: ${p.maxGzipBytes <= TARGETS.gzipBytes ? 'met' : 'MISSED'}); in-process p99 target < ${TARGETS.p99Ms} ms: ${prefixP99 !== undefined && prefixP99 < TARGETS.p99Ms ? 'met' : 'MISSED'}`,
  );
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
