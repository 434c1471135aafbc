import { framingCounts } from './terms';

/** How many stored articles (the most recently written) make the framing prior's background. */
export const BACKGROUND_MAX_ARTICLES = 3000;
/** Of each, at most this many characters (title and text): the prior needs words, not essays. */
export const BACKGROUND_MAX_CHARS = 2000;
/** The background is rebuilt at most this often: a prior does not need to be fresh to the second. */
export const BACKGROUND_TTL_MS = 10 * 60 * 1000;
/** Texts counted between yields to the event loop, so a build never blocks serving for long. */
const TEXTS_PER_SLICE = 100;

export interface BackgroundSource {
  recentTexts(limit: number, maxChars: number): Promise<string[]>;
  /** How many articles are stored now (to rebuild early while the store is still filling). */
  count(): Promise<number>;
}

/**
 * The background term counts for the framing prior, built from the stored articles' titles and
 * texts (bounded: BACKGROUND_MAX_ARTICLES × BACKGROUND_MAX_CHARS) and kept for
 * BACKGROUND_TTL_MS, or until the store holds twice as many articles as the last build saw
 * while that was under the cap (a first import would otherwise frame every story with an empty
 * prior). Read when views are built, never per request. Concurrent readers share one build.
 */
export class BackgroundCache {
  private counts: Promise<Map<string, number>> | null = null;
  private builtAt = 0;
  private builtFrom = 0;

  constructor(
    private readonly source: BackgroundSource,
    private readonly now: () => number = Date.now,
  ) {}

  async get(): Promise<Map<string, number>> {
    if (this.counts && this.now() - this.builtAt <= BACKGROUND_TTL_MS) {
      if (this.builtFrom >= BACKGROUND_MAX_ARTICLES) return this.counts;
      const stored = await this.source.count();
      if (stored < 2 * this.builtFrom + 50) return this.counts;
    }
    this.builtAt = this.now();
    const build = this.source
      .recentTexts(BACKGROUND_MAX_ARTICLES, BACKGROUND_MAX_CHARS)
      .then((texts) => {
        this.builtFrom = texts.length;
        return countInSlices(texts);
      });
    // A failed build is retried on the next read rather than cached.
    build.catch(() => {
      if (this.counts === build) this.counts = null;
    });
    this.counts = build;
    return build;
  }
}

/** Term counts of all the texts, yielding between slices (serve builds views while it serves). */
async function countInSlices(texts: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (let i = 0; i < texts.length; i += TEXTS_PER_SLICE) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    for (const text of texts.slice(i, i + TEXTS_PER_SLICE)) framingCounts(text, counts);
  }
  return counts;
}
