// The outlet index the extension bundles (issue 12 budget: ≥ 5,000 outlets in ≤ 150 KB
// gzipped; matching a URL ≤ 20 µs), built from the real rating files in ../shared/data.
import { gzipSync } from 'node:zlib';
import { bundledPortals, bundledSources } from '../core/bundled-catalog';
import { withPortalFlags } from '../core/catalog';
import { buildSourceIndex, indexEntries, indexEntryCount, SourceIndex } from '../core/source-index';
import { SourceIndexMatcher } from '../core/source-index-match';
import { DEFAULT_RATINGS_DIR } from '../server/ratings/build-index-command';
import { buildOutletIndex, findRatingFiles } from '../server/ratings/build-outlet-index';
import { meanMicros, printTable } from './measure';

export async function benchOutletIndex(): Promise<void> {
  const dir = process.env.PARALLAX_RATINGS_DIR ?? DEFAULT_RATINGS_DIR;
  if (findRatingFiles(dir).length === 0) {
    console.log(`\nOutlet index: no rating files in ${dir}; set PARALLAX_RATINGS_DIR. Skipped.`);
    return;
  }
  const catalog = withPortalFlags(bundledSources, bundledPortals);
  const { index } = await buildOutletIndex(catalog, dir);
  const json = JSON.stringify(index);
  const gzipped = gzipSync(json, { level: 9 }).length;
  const outlets = indexEntryCount(index);
  console.log(
    `\nOutlet index (budget: ≥ 5,000 outlets, ≤ 150 KB gzipped): ${outlets} outlets, ` +
      `${(Buffer.byteLength(json) / 1024).toFixed(1)} KB raw, ${(gzipped / 1024).toFixed(1)} KB ` +
      `gzipped (${(gzipped / outlets).toFixed(1)} B/outlet); ${index.sources.length} full ` +
      `entries, ${outlets - index.sources.length} domain-only`,
  );
  const matcher = new SourceIndexMatcher(index);
  // Every entry's first domain as an article URL a reader reaches (www., a dated path, tags).
  const hosts = indexEntries(index).map((entry) => (entry.domains[0] ?? '').replace(/\*/g, '2025'));
  const hits = hosts.map((d) => `https://www.${d}/2026/11/20/story-slug.html?utm_source=x`);
  const deep = hosts.map((d) => `https://live.news.${d.split('/')[0]}/story`);
  const misses = hosts.map((d) => `https://www.not-${d.split('/')[0]}/story`);
  const n = hits.length;
  const floorMap = new Map(hosts.map((host) => [host, host]));
  for (const url of hits) matcher.match(url); // decode every entry once: the matcher caches
  const catalogMatcher = new SourceIndexMatcher(buildSourceIndex(catalog));
  const catalogHits = catalog.flatMap((s) =>
    s.domains.map((d) => `https://www.${d.replace(/\*/g, '2025')}/2026/11/20/story.html?x=1`),
  );
  const c = catalogHits.length;
  printTable(`Outlet index matching (${outlets} outlets, ${n} URLs; budget ≤ 20 µs)`, [
    {
      name: 'Map.get(host) (floor)',
      micros: await meanMicros(50_000, (i) => floorMap.get(`x${i % n}`)),
    },
    {
      name: `match(url), hit, catalog alone (${catalog.length})`,
      micros: await meanMicros(50_000, (i) => catalogMatcher.match(catalogHits[i % c] as string)),
      baseline: 'Map.get(host) (floor)',
    },
    {
      name: 'match(url), hit',
      micros: await meanMicros(50_000, (i) => matcher.match(hits[i % n] as string)),
      baseline: `match(url), hit, catalog alone (${catalog.length})`,
    },
    {
      name: 'match(url), hit two subdomains down',
      micros: await meanMicros(50_000, (i) => matcher.match(deep[i % n] as string)),
      baseline: 'match(url), hit',
    },
    {
      name: 'match(url), miss',
      micros: await meanMicros(50_000, (i) => matcher.match(misses[i % n] as string)),
      baseline: 'match(url), hit',
    },
    {
      name: 'parse + validate the index (JSON, zod)',
      micros: await meanMicros(5, () => SourceIndex.parse(JSON.parse(json))),
      baseline: 'match(url), hit',
    },
    {
      name: 'build the matcher from a parsed index',
      micros: await meanMicros(5, () => new SourceIndexMatcher(index)),
      baseline: 'match(url), hit',
    },
  ]);
}
