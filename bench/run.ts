// `npm run bench`: the figures the issues ask for, as ratios measured in one run. Never a test.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledSources } from '../core/bundled-catalog';
import { SourceMatcher } from '../core/source-match';
import { canonicalizeUrl } from '../core/url';
import { buildApp } from '../server/app';
import { openBackend } from '../server/cli/open-backend';
import { parseConfig } from '../server/config';
import { importJsonl } from '../server/import/import-jsonl';
import { benchLookup1m } from './api-lookup-1m';
import { benchLookupLoad } from './api-lookup-load';
import { benchArticleLedes } from './article-ledes';
import { benchBadgeRegistration } from './badge-registration';
import { benchClustering } from './clustering';
import { benchDetectionInChromium } from './detection-in-chromium';
import { benchLinkChipsInChromium } from './link-chips-in-chromium';
import { meanMicros, printTable } from './measure';
import { benchOutletIndex } from './outlet-index';
import { benchReaderInChromium } from './reader-in-chromium';
import { benchSoak } from './soak';
import { benchSourceIndex } from './source-index';
import { benchStoryRoute } from './story-route';
import { REAL_STORIES } from './synthetic-window';
import { benchWireCopy } from './wire-copy';

const ROOT = join(import.meta.dirname, '..');
const FIXTURE_STORY = join(ROOT, 'tests/fixtures/e2e/story.jsonl');

/** Article-like URLs on every catalog host, as readers reach them (www., tracking tags). */
function sampleUrls(): string[] {
  return bundledSources.flatMap((source) =>
    source.domains.map(
      (domain) => `https://www.${domain}/2026/11/20/world/some-story-slug.html?utm_source=x`,
    ),
  );
}

async function benchMatching(): Promise<void> {
  const urls = sampleUrls();
  const matcher = new SourceMatcher(bundledSources);
  const hosts = new Map(bundledSources.flatMap((s) => s.domains.map((d) => [d, s] as const)));
  const n = urls.length;
  printTable(`Source matching (${bundledSources.length} sources, ${urls.length} URLs)`, [
    {
      name: 'Map.get(host) (floor)',
      micros: await meanMicros(20_000, (i) => hosts.get(`x${i % n}`)),
    },
    {
      name: 'SourceMatcher.match(url)',
      micros: await meanMicros(20_000, (i) => matcher.match(urls[i % n] as string)),
      baseline: 'Map.get(host) (floor)',
    },
    {
      name: 'canonicalizeUrl(url)',
      micros: await meanMicros(20_000, (i) => canonicalizeUrl(urls[i % n] as string)),
      baseline: 'SourceMatcher.match(url)',
    },
  ]);
}

async function benchApi(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  try {
    const config = parseConfig({ PARALLAX_DB: join(dir, 'bench.db'), LOG_LEVEL: 'silent' });
    const backend = await openBackend(config);
    // Our fixture story, among the real roundups when ../shared/data is there.
    let imported = (await importJsonl(backend, FIXTURE_STORY)).imported;
    if (existsSync(REAL_STORIES)) imported += (await importJsonl(backend, REAL_STORIES)).imported;
    const app = await buildApp({
      store: backend.store,
      stories: backend.stories,
      config: { ...config, rateLimitPerMinute: 10_000_000 },
      logger: false,
    });
    const storyId = 'e2e-water-treaty';
    const knownUrl =
      'https://www.reuters.com/world/americas/us-canada-sign-great-lakes-water-treaty-2026-11-20/';
    const lookup = (url: string) =>
      app.inject({ method: 'POST', url: '/v1/lookup', payload: { url } });
    printTable(`API in process, SQLite (${imported} articles)`, [
      {
        name: 'GET /healthz (floor)',
        micros: await meanMicros(2000, () => app.inject('/healthz')),
      },
      {
        name: 'POST /v1/lookup (article in a story)',
        micros: await meanMicros(2000, () => lookup(knownUrl)),
        baseline: 'GET /healthz (floor)',
      },
      {
        name: 'POST /v1/lookup (catalog outlet, unknown URL)',
        micros: await meanMicros(2000, (i) => lookup(`https://www.cnn.com/2026/11/20/x-${i}`)),
        baseline: 'GET /healthz (floor)',
      },
      {
        name: 'POST /v1/lookup (not a catalog outlet)',
        micros: await meanMicros(2000, (i) => lookup(`https://blog.example.org/post-${i}`)),
        baseline: 'GET /healthz (floor)',
      },
      {
        name: `GET /v1/stories/${storyId}`,
        micros: await meanMicros(1000, () => app.inject(`/v1/stories/${storyId}`)),
        baseline: 'GET /healthz (floor)',
      },
      ...(existsSync(REAL_STORIES)
        ? [
            {
              // A real roundup story: overview, blindspot and framing computed on read.
              name: 'GET /v1/stories/neus-5607 (roundup)',
              micros: await meanMicros(1000, () => app.inject('/v1/stories/neus-5607')),
              baseline: 'GET /healthz (floor)',
            },
          ]
        : []),
    ]);
    await app.close();
    await backend.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sections by name: `npm run bench -- clustering popup` runs only those (all by default). */
const SECTIONS: Record<string, () => Promise<void>> = {
  clustering: benchClustering,
  wire: benchWireCopy,
  matching: benchMatching,
  'source-index': benchSourceIndex,
  'outlet-index': benchOutletIndex,
  ledes: benchArticleLedes,
  api: benchApi,
  'story-route': benchStoryRoute,
  'lookup-load': benchLookupLoad,
  'lookup-1m': benchLookup1m,
  soak: benchSoak,
  detection: benchDetectionInChromium,
  reader: benchReaderInChromium,
  'link-chips': benchLinkChipsInChromium,
  'badge-registration': benchBadgeRegistration,
};
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in SECTIONS));
if (unknown.length > 0) {
  console.error(
    `Unknown bench section(s): ${unknown.join(', ')}. Sections: ${Object.keys(SECTIONS).join(', ')}.`,
  );
  process.exit(2);
}
for (const [name, run] of Object.entries(SECTIONS)) {
  if (asked.length === 0 || asked.includes(name)) await run();
}
