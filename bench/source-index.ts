// The extension's source index: size for 3,000 sources and match time per URL (issue 3 budget:
// ≤ 60 KB gzipped, well under a millisecond per match).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BiasPosition } from '../core/bias';
import { bundledSources } from '../core/bundled-catalog';
import { combinedPosition, type Rating, type Source } from '../core/source';
import { buildSourceIndex } from '../core/source-index';
import { SourceIndexMatcher } from '../core/source-index-match';
import { meanMicros, printTable } from './measure';

const IDIAP = join(import.meta.dirname, '../../shared/data/ratings/idiap-reliability-scores.json');
const LABELS: [string, BiasPosition | null][] = [
  ['Left', -2],
  ['Lean Left', -1],
  ['Center', 0],
  ['Lean Right', 1],
  ['Right', 2],
  ['Mixed', null],
];

/**
 * The catalog plus uncurated sources as the importers create them, up to `total`: real domain
 * names (the idiap file's, when ../shared/data is there) so that gzip sees realistic text, each
 * with an AllSides-style rating, every third with an idiap score, every tenth a perennial status.
 */
export function syntheticSources(total: number): Source[] {
  const domains = existsSync(IDIAP)
    ? Object.keys(JSON.parse(readFileSync(IDIAP, 'utf8')) as object)
    : Array.from({ length: total }, (_, i) => `outlet-${i}-news.example.com`);
  const taken = new Set(bundledSources.flatMap((s) => s.domains));
  const sources: Source[] = [...bundledSources];
  for (const domain of domains) {
    if (sources.length >= total) break;
    if (taken.has(domain)) continue;
    const i = sources.length;
    const [label, position] = LABELS[i % LABELS.length] as [string, BiasPosition | null];
    const ratings: Rating[] = [
      {
        rater: 'AllSides',
        entry: null,
        label,
        position,
        reliability: null,
        ratedOn: '2023-11-15',
        url: null,
        attribution: 'Ratings by AllSides.com, licensed CC BY-NC 4.0 (snapshot of 2023-11-15).',
      },
    ];
    if (i % 3 === 0) {
      const score = Math.round(((i * 37) % 200) - 100) / 100;
      ratings.push({
        rater: 'Idiap news-source reliability',
        entry: null,
        label: score.toFixed(2),
        position: null,
        reliability: score >= 0 ? 'Somewhat reliable' : 'Somewhat unreliable',
        ratedOn: null,
        url: 'https://github.com/idiap/News-Media-Reliability',
        attribution: 'Reliability scores by the Idiap Research Institute (NAACL 2024).',
        score,
      });
    }
    if (i % 10 === 0) {
      ratings.push({
        rater: 'Wikipedia perennial sources',
        entry: null,
        label: 'Generally unreliable',
        position: null,
        reliability: 'Generally unreliable',
        ratedOn: '2021-03-17',
        url: 'https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources',
        attribution: 'Wikipedia:Reliable sources/Perennial sources, CC BY-SA 4.0.',
      });
    }
    const name = domain.split('.')[0] ?? domain;
    sources.push({
      id: `site-${domain.replace(/[^a-z0-9]+/g, '-')}`,
      name: name.charAt(0).toUpperCase() + name.slice(1),
      domains: [domain],
      country: null,
      language: null,
      owner: null,
      feeds: [],
      ratings,
      uncurated: true,
      ...combinedPosition(ratings),
    });
  }
  return sources;
}

export async function benchSourceIndex(): Promise<void> {
  const sizes = [bundledSources.length, 3000].map((total) => {
    const json = JSON.stringify(buildSourceIndex(syntheticSources(total)));
    return { total, raw: Buffer.byteLength(json), gzip: gzipSync(json, { level: 9 }).length };
  });
  console.log('\nSource index size (budget: ≤ 60 KB gzipped for 3,000 sources)');
  for (const { total, raw, gzip } of sizes) {
    console.log(
      `  ${String(total).padStart(5)} sources: ${(raw / 1024).toFixed(1)} KB raw, ` +
        `${(gzip / 1024).toFixed(1)} KB gzipped (${(gzip / total).toFixed(1)} B/source)`,
    );
  }
  const sources = syntheticSources(3000);
  const matcher = new SourceIndexMatcher(buildSourceIndex(sources));
  const urls = sources.flatMap((s) =>
    s.domains.map(
      (d) => `https://www.${d.replace(/\*/g, '2025')}/2026/11/20/story.html?utm_source=x`,
    ),
  );
  const misses = urls.map((u) => u.replace('https://www.', 'https://www.not-'));
  const n = urls.length;
  printTable(`Source index matching (3,000 sources, ${n} URLs)`, [
    {
      name: 'match(url), hit',
      micros: await meanMicros(20_000, (i) => matcher.match(urls[i % n] as string)),
    },
    {
      name: 'match(url), miss',
      micros: await meanMicros(20_000, (i) => matcher.match(misses[i % n] as string)),
      baseline: 'match(url), hit',
    },
    {
      name: 'build matcher from index',
      micros: await meanMicros(20, () => new SourceIndexMatcher(buildSourceIndex(sources))),
      baseline: 'match(url), hit',
    },
  ]);
}
