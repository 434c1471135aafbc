import type { Wire } from '../../core/wire';
import type { ArticleInput } from '../store/records';
import { LshIndex, type LshOptions } from './lsh-index';
import { type WireMarker, wireFromMarkers } from './markers';
import { minHashSignature } from './minhash';
import { ledeShingles } from './shingles';

/** What the detector says about one article. */
export interface WireAttribution {
  /** The wire whose text this is (its own article or a copy of it), or null. */
  wire: Wire | null;
  /** The earliest article whose text this one is a near-copy of, or null. */
  duplicateOf: string | null;
  /** How it was decided: an explicit marker, a near-copy, or nothing found. */
  evidence: WireMarker | 'near-duplicate' | null;
}

export interface WireDetectorOptions extends LshOptions {
  /**
   * Estimated Jaccard similarity of the ledes' word 3-grams at or above which an article is a
   * copy. On the real roundups (server/wire/README.md) copies estimate 0.83–1.0 and different
   * outlets' own reports of one event at most 0.63 (two that quote one long statement).
   */
  threshold: number;
  /** A copy is looked for among articles published at most this long before or after it. */
  maxAgeMs: number;
}

export const DEFAULT_WIRE_DETECTOR: WireDetectorOptions = {
  capacity: 50_000,
  bands: 21,
  rows: 3,
  threshold: 0.7,
  maxAgeMs: 3 * 86_400_000,
};

/** What the window remembers of an article. */
interface Entry {
  id: string;
  url: string | null;
  outletKey: string | null;
  published: number | null;
  wire: Wire | null;
  duplicateOf: string | null;
  /** Order of arrival: among equally good originals, the earliest wins. */
  sequence: number;
}

/** A stored article as the detector is seeded with it. */
export type SeedArticle = Pick<
  ArticleInput,
  'id' | 'url' | 'outlet' | 'sourceId' | 'publishedAt' | 'text' | 'wire' | 'duplicateOf'
>;

/**
 * Attributes articles to wires, at ingest rate: explicit markers first (markers.ts), then the
 * lede compared with the recent window (MinHash + LSH): a near-copy of an earlier article by
 * another outlet is a duplicate of that article's original and inherits its wire. Articles are
 * remembered in arrival order; seed it with stored articles (oldest first) before a run.
 */
export class WireDetector {
  readonly options: WireDetectorOptions;
  private readonly index: LshIndex<Entry>;
  private readonly indexed = new Set<string>();
  private sequence = 0;
  /** Articles attributed to a wire / marked as near-copies since the detector was made. */
  attributed = 0;
  duplicates = 0;

  constructor(options: Partial<WireDetectorOptions> = {}) {
    this.options = { ...DEFAULT_WIRE_DETECTOR, ...options };
    this.index = new LshIndex(this.options);
  }

  /** Articles in the window. */
  get size(): number {
    return this.index.size;
  }

  /** The article with `wire` and `duplicateOf` set (a new object); remembered for later ones. */
  attribute(article: ArticleInput, byline: string | null = null): ArticleInput {
    const { wire, duplicateOf } = this.detect(article, byline);
    return { ...article, wire, duplicateOf };
  }

  /**
   * What the article's markers and the window say. `stored` is the attribution the article
   * already has (a backfill over stored articles): the window remembers it merged with what was
   * found, stored values first, so later copies inherit what is written, not only what was seen
   * again (a byline is not stored). The result is what was found, without `stored`.
   */
  detect(
    article: ArticleInput,
    byline: string | null = null,
    stored: Partial<Pick<WireAttribution, 'wire' | 'duplicateOf'>> = {},
  ): WireAttribution {
    const marked = wireFromMarkers({ ...article, byline });
    const shingles = ledeShingles(article.text);
    const signature = shingles ? minHashSignature(shingles) : null;
    let result: WireAttribution = {
      wire: marked?.wire ?? null,
      duplicateOf: null,
      evidence: marked?.marker ?? null,
    };
    // The wire's own article is an original, whatever copies of it arrived first.
    const original = marked?.marker === 'domain' || marked?.marker === 'outlet';
    const copied = signature && !original ? this.originalOf(article, signature) : null;
    if (copied) {
      result = {
        wire: result.wire ?? copied.wire,
        duplicateOf: copied.duplicateOf ?? copied.id,
        evidence: result.evidence ?? 'near-duplicate',
      };
    }
    if (result.wire) this.attributed += 1;
    if (result.duplicateOf) this.duplicates += 1;
    if (signature)
      this.remember(article, signature, {
        wire: stored.wire ?? result.wire,
        duplicateOf: stored.duplicateOf ?? result.duplicateOf,
      });
    return result;
  }

  /**
   * Stored articles (from an earlier run, oldest first) put in the window with the attribution
   * they were stored with: later articles can be found to copy them. Nothing is re-detected.
   */
  seed(articles: Iterable<SeedArticle>): void {
    for (const article of articles) {
      const shingles = ledeShingles(article.text);
      if (!shingles) continue;
      this.remember(article, minHashSignature(shingles), {
        wire: article.wire ?? null,
        duplicateOf: article.duplicateOf ?? null,
      });
    }
  }

  /** The best earlier article this one copies: a wire-attributed one first, then the closest. */
  private originalOf(article: ArticleInput, signature: Uint32Array): Entry | null {
    const outlet = outletKeyOf(article);
    const published = timeOf(article.publishedAt);
    let best: { entry: Entry; similarity: number } | null = null;
    for (const { item, similarity } of this.index.candidates(signature)) {
      if (similarity < this.options.threshold) continue;
      if (item.id === article.id || (article.url !== null && item.url === article.url)) continue;
      // A copy of this very article (it was read before: an import run twice or resumed) is
      // not its original: following it would make the article a duplicate of itself.
      if (item.duplicateOf === article.id) continue;
      // The same outlet's text at another address is a republication, not syndication.
      if (outlet !== null && item.outletKey === outlet) continue;
      if (
        published !== null &&
        item.published !== null &&
        Math.abs(published - item.published) > this.options.maxAgeMs
      )
        continue;
      if (!best || better(item, similarity, best.entry, best.similarity))
        best = { entry: item, similarity };
    }
    return best?.entry ?? null;
  }

  private remember(
    article: SeedArticle,
    signature: Uint32Array,
    attribution: Pick<WireAttribution, 'wire' | 'duplicateOf'>,
  ): void {
    // An article read again (an import run twice) stays once in the window.
    if (this.indexed.has(article.id)) return;
    this.indexed.add(article.id);
    this.sequence += 1;
    const evicted = this.index.add(signature, {
      id: article.id,
      url: article.url,
      outletKey: outletKeyOf(article),
      published: timeOf(article.publishedAt),
      wire: attribution.wire,
      duplicateOf: attribution.duplicateOf,
      sequence: this.sequence,
    });
    if (evicted) this.indexed.delete(evicted.id);
  }
}

function better(entry: Entry, similarity: number, than: Entry, thanSimilarity: number): boolean {
  if (!!entry.wire !== !!than.wire) return !!entry.wire;
  if (similarity !== thanSimilarity) return similarity > thanSimilarity;
  return entry.sequence < than.sequence;
}

/** Outlets are the same when they are the same catalog source, else the same name. */
function outletKeyOf(article: Pick<ArticleInput, 'sourceId' | 'outlet'>): string | null {
  if (article.sourceId) return `source:${article.sourceId}`;
  const name = article.outlet?.trim().toLowerCase();
  return name ? `outlet:${name}` : null;
}

function timeOf(iso: string | null): number | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
}
