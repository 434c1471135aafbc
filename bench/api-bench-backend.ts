import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { bucketsFor } from '../core/lookup-bucket';
import { canonicalizeUrl } from '../core/url';
import { urlHash } from '../core/url-hash';
import { buildApp } from '../server/app';
import { openBackend } from '../server/cli/open-backend';
import { type DatabaseConfig, parseConfig } from '../server/config';
import { importJsonl } from '../server/import/import-jsonl';
import { REAL_STORIES } from './synthetic-window';

const FIXTURE_STORY = join(import.meta.dirname, '../tests/fixtures/e2e/story.jsonl');

export interface BenchBackend {
  /** Stored articles with a URL hash (what the split counts). */
  readonly articles: number;
  readonly storyIds: string[];
  /** The URL hashes of the stored articles that have a URL. */
  readonly urlHashes: string[];
  /** The canonical URLs of the stored articles that have one (what POST /v1/lookup asks). */
  readonly urls: string[];
  buckets(): number;
  /** The API as `parallax serve` builds it, quiet and without a reachable rate limit. */
  buildApp(): Promise<FastifyInstance>;
  close(): Promise<void>;
}

/**
 * A SQLite store at `dbPath` as bench/run.ts's API section fills it: the e2e fixture story and,
 * when ../shared/data is there, the real roundups, imported the way `parallax import` does.
 */
export function openBenchBackend(dbPath: string): Promise<BenchBackend> {
  return openBenchBackendOn({ kind: 'sqlite', path: dbPath });
}

/** The same store on any database: a SQLite file, or an empty PostgreSQL database. */
export async function openBenchBackendOn(database: DatabaseConfig): Promise<BenchBackend> {
  const config = { ...parseConfig({ LOG_LEVEL: 'silent' }), database };
  const backend = await openBackend(config);
  const files = [FIXTURE_STORY, ...(existsSync(REAL_STORIES) ? [REAL_STORIES] : [])];
  for (const file of files) await importJsonl(backend, file);
  const lines = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { story?: string; url?: string }),
  );
  const storyIds = [...new Set(lines.flatMap((line) => (line.story ? [line.story] : [])))];
  const urls = lines.flatMap((line) => {
    const canonical = line.url ? canonicalizeUrl(line.url) : null;
    return canonical ? [canonical] : [];
  });
  const urlHashes = await Promise.all(urls.map((url) => urlHash(url)));
  const articles = await backend.store.articles.count();
  return {
    articles,
    storyIds,
    urlHashes,
    urls,
    buckets: () => bucketsFor(articles),
    buildApp: () =>
      buildApp({
        store: backend.store,
        stories: backend.stories,
        config: { ...config, rateLimitPerMinute: 1_000_000_000 },
        logger: false,
      }),
    close: () => backend.close(),
  };
}
