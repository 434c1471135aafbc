import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledPortals, bundledSources } from '../../core/bundled-catalog';
import { withPortalFlags } from '../../core/catalog';
import { licenceIn } from '../../core/known-raters';
import { IDIAP_RATER } from '../../core/reliability-band';
import { decodeAllSources, indexEntryCount, SourceIndex } from '../../core/source-index';
import { SourceIndexMatcher } from '../../core/source-index-match';
import { buildOutletIndex, type OutletIndexBuild } from '../../server/ratings/build-outlet-index';
import { countryCount, formatOutletIndexSummary } from '../../server/ratings/outlet-index-summary';
import { REJECT } from '../../server/ratings/rated-row';
import { sharedDataFile } from './shared-data';

const ratings = sharedDataFile('ratings');
const files = [
  sharedDataFile('ratings/allsides-2023-11-15.csv'),
  sharedDataFile('ratings/wikipedia-perennial-2021-03-17.csv'),
  sharedDataFile('ratings/idiap-reliability-scores.json'),
];

/** The outlet index built from the real rating files, as `wxt build` bundles it. */
describe.skipIf(!files.every((f) => f.available))('outlet index on the real rating files', () => {
  let build: OutletIndexBuild;
  let matcher: SourceIndexMatcher;
  beforeAll(async () => {
    build = await buildOutletIndex(withPortalFlags(bundledSources, bundledPortals), ratings.path);
    matcher = new SourceIndexMatcher(SourceIndex.parse(JSON.parse(JSON.stringify(build.index))));
    console.info(formatOutletIndexSummary(build.summary, 5));
  }, 120_000);

  it('holds at least 5,000 rated outlets from at least 40 countries, all in the index', () => {
    expect(build.summary.ratedOutlets).toBeGreaterThanOrEqual(5000);
    expect(countryCount(build.summary)).toBeGreaterThanOrEqual(40);
    expect(indexEntryCount(build.index)).toBeGreaterThanOrEqual(build.summary.ratedOutlets);
    const raters = new Map(build.summary.byRater.map((t) => [t.key, t.outlets]));
    expect(raters.get('AllSides')).toBeGreaterThan(1500);
    expect(raters.get(IDIAP_RATER)).toBeGreaterThan(14_000);
    expect(raters.get('Wikipedia perennial sources')).toBeGreaterThan(250);
  });

  it('fits the bundle budget: 150 KB gzipped', () => {
    const gzipped = gzipSync(JSON.stringify(build.index), { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(150 * 1024);
  });

  it('keeps rater, label, licence and attribution on every rating, in the build and the index', () => {
    for (const sources of [build.merged.sources, decodeAllSources(build.index)]) {
      const bad = sources.flatMap((source) =>
        source.ratings
          .filter(
            (r) => !r.rater || !r.label || !r.attribution || licenceIn(r.attribution) === null,
          )
          .map((r) => `${source.id}: ${r.rater} ${r.label}`),
      );
      expect(bad).toEqual([]);
    }
    // Dates: the snapshot's for AllSides and the perennial list; the idiap file gives none.
    const undated = build.merged.sources.flatMap((s) =>
      s.ratings.filter((r) => r.rater !== IDIAP_RATER && r.ratedOn === null),
    );
    expect(undated).toEqual([]);
    const fromFiles = build.merged.sources.flatMap((s) => s.ratings.filter((r) => r.provenance));
    expect(fromFiles.length).toBeGreaterThan(17_000);
  });

  it('names curated outlets, and marks what it inferred from the domain', () => {
    expect(matcher.match('https://www.lemonde.fr/international/article/x')).toMatchObject({
      id: 'le-monde',
      name: 'Le Monde',
      country: 'FR',
      ratings: [{ rater: IDIAP_RATER, reliability: 'High reliability' }],
    });
    const inferred = build.merged.sources.find(
      (s) => s.uncurated && s.domains[0]?.endsWith('.it') && s.ratings.length === 1,
    );
    expect(inferred).toMatchObject({ country: 'IT', language: 'it' });
    expect(inferred?.inferred).toEqual(['country', 'language', 'name']);
    const decoded = matcher.match(`https://${inferred?.domains[0]}/x`);
    expect(decoded).toMatchObject({ name: inferred?.name, inferred: inferred?.inferred });
  });

  it('reports the known conflicts', () => {
    const conflict = (kind: string, subject: string) =>
      build.summary.conflicts.find((c) => c.kind === kind && c.subject === subject);
    // AllSides lists Billings Gazette twice (lines 194 and 195).
    expect(conflict('duplicate-row', 'Billings Gazette')?.detail).toContain('line 195');
    // idiap scores the New York Post 0.90 where Wikipedia's list says "Generally unreliable".
    expect(conflict('reliability-disagreement', 'New York Post')?.detail).toContain(
      'Generally unreliable',
    );
  });

  it('rejects non-outlets with their reason', () => {
    const subjects = (reason: string) =>
      (build.summary.rejects.get(reason) ?? []).map((r) => r.subject);
    expect(subjects(REJECT.government)).toContain('cdc.gov');
    expect(subjects(REJECT.academic)).toContain('stanford.edu');
    expect(subjects(REJECT.platform)).toContain('blogspot.com');
    expect(subjects(REJECT.shortener)).toContain('bitly.com');
    expect(subjects(REJECT.social)).toContain('Aaron Kohrs');
    for (const host of ['https://www.cdc.gov/x', 'https://news.google.com/x', 'https://bit.ly/x']) {
      expect(matcher.match(host), host).toBeNull();
    }
  });
});
