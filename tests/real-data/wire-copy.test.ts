import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exactJaccard } from '../../server/testing/exact-jaccard';
import { wireOfHost } from '../../server/wire/markers';
import { ledeShingles } from '../../server/wire/shingles';
import { type WireAttribution, WireDetector } from '../../server/wire/wire-detector';
import { sharedDataFile } from './shared-data';

/**
 * Wire-copy detection on real articles (read in place from ../shared/data). The roundups are
 * three outlets' own reports of each story: the hardest negatives (same event, same day, often the
 * same quotes). The headlines set (title + first sentences) holds real wire copy: AP and Reuters
 * datelines, and outlets that ran the same text as another. Measured numbers: server/wire/README.md.
 */
const roundups = sharedDataFile('stories/neus-roundups.jsonl');
const headlines = sharedDataFile('stories/neus-headlines-train.jsonl');

interface Line {
  id: string;
  story: string;
  title: string;
  text?: string;
  url?: string;
  source?: string;
}

function detectAll(path: string): Array<{ line: Line } & WireAttribution> {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Line);
  // The data sets carry no usable publication times for all lines: no time limit.
  const detector = new WireDetector({ maxAgeMs: Number.POSITIVE_INFINITY });
  return lines.map((line) => ({
    line,
    ...detector.detect({
      id: line.id,
      url: line.url ?? null,
      title: line.title,
      outlet: line.source ?? null,
      sourceId: null,
      publishedAt: null,
      storyId: null,
      text: line.text ?? null,
    }),
  }));
}

const MENTIONS_A_WIRE = /Associated Press|Reuters|\bAFP\b|\bAP\b/;

describe.skipIf(!roundups.available)('wire copy on neus-roundups.jsonl', () => {
  const results = roundups.available ? detectAll(roundups.path) : [];

  it("attributes the wires' own articles and nothing that only cites a wire", () => {
    const attributed = results.filter((r) => r.wire);
    expect(attributed.length).toBeGreaterThanOrEqual(100);
    for (const r of attributed) {
      // By its site (apnews.com, reuters.com) or its outlet's name ("AP Politics & Fact Check").
      expect(['domain', 'outlet']).toContain(r.evidence);
      expect(wireOfHost(r.line.url ?? null) ?? r.line.source).toBeTruthy();
    }
    const citing = results.filter((r) => !r.evidence && MENTIONS_A_WIRE.test(r.line.text ?? ''));
    expect(citing.length).toBeGreaterThanOrEqual(15);
  });

  it("takes no outlet's own report of a story for a copy of another's", () => {
    expect(results.filter((r) => r.duplicateOf).map((r) => r.line.id)).toEqual([]);
  });
});

describe.skipIf(!headlines.available)('wire copy on neus-headlines-train.jsonl', () => {
  const results = headlines.available ? detectAll(headlines.path) : [];
  const byId = new Map(results.map((r) => [r.line.id, r]));

  it('finds the AP and Reuters datelines, and only at the start of the text', () => {
    const datelines = results.filter((r) => r.evidence === 'dateline');
    expect(datelines.length).toBeGreaterThanOrEqual(110);
    for (const r of datelines) expect(r.line.text).toMatch(/^.{0,50}\((AP|Reuters)\)/);
    // Articles that only cite a wire ("told the Associated Press", "per Reuters") stay unattributed.
    const citing = results.filter(
      (r) =>
        MENTIONS_A_WIRE.test(r.line.text ?? '') &&
        !/^.{0,50}\((AP|Reuters)\)/.test(r.line.text ?? ''),
    );
    expect(citing.length).toBeGreaterThanOrEqual(60);
    expect(citing.filter((r) => r.wire).map((r) => r.line.id)).toEqual([]);
  });

  it('marks near-copies only where the ledes truly share most of their 3-grams', () => {
    const copies = results.filter((r) => r.duplicateOf);
    expect(copies.length).toBeGreaterThanOrEqual(10);
    for (const copy of copies) {
      const original = byId.get(copy.duplicateOf as string);
      const a = ledeShingles(copy.line.text ?? null) as Uint32Array;
      const b = ledeShingles(original?.line.text ?? null) as Uint32Array;
      expect(exactJaccard(a, b)).toBeGreaterThanOrEqual(0.6);
      // Same ground-truth story, or the same article (same headline) filed under two stories by
      // the data set: the New York Times' submarine-deal story is in neush-6 and neush-783.
      expect(
        original?.line.story === copy.line.story || original?.line.title === copy.line.title,
      ).toBe(true);
    }
  });

  it('finds every pair whose ledes share at least 80 % of their 3-grams (exact, by brute force)', () => {
    const shingles = results.map((r) => ledeShingles(r.line.text ?? null));
    const postings = new Map<number, number[]>();
    shingles.forEach((set, index) => {
      for (const hash of new Set(set ?? [])) {
        const list = postings.get(hash) ?? [];
        list.push(index);
        postings.set(hash, list);
      }
    });
    const shared = new Map<number, number>();
    for (const list of postings.values()) {
      if (list.length > 20) continue; // phrases shared by many: no copy pair hides only there
      for (let i = 0; i < list.length; i += 1)
        for (let j = i + 1; j < list.length; j += 1) {
          const key = (list[i] as number) * 100_000 + (list[j] as number);
          shared.set(key, (shared.get(key) ?? 0) + 1);
        }
    }
    const later: number[] = [];
    for (const key of shared.keys()) {
      const [i, j] = [Math.floor(key / 100_000), key % 100_000];
      const jaccard = exactJaccard(shingles[i] as Uint32Array, shingles[j] as Uint32Array);
      if (jaccard >= 0.8) later.push(j);
    }
    expect(later.length).toBeGreaterThanOrEqual(10);
    for (const j of later) expect(results[j]?.duplicateOf).toBeTruthy();
  });
});
