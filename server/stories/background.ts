import { backgroundCounts } from './framing';

/** How many stored articles (the most recently written) make the framing prior's background. */
export const BACKGROUND_MAX_ARTICLES = 3000;
/** The background is rebuilt at most this often: a prior does not need to be fresh to the second. */
export const BACKGROUND_TTL_MS = 10 * 60 * 1000;

/**
 * The background term counts for the framing prior, built lazily from the stored articles'
 * titles and texts and kept for BACKGROUND_TTL_MS. Concurrent readers share one build.
 */
export class BackgroundCache {
  private counts: Promise<Map<string, number>> | null = null;
  private builtAt = 0;

  constructor(
    private readonly loadTexts: (limit: number) => Promise<string[]>,
    private readonly now: () => number = Date.now,
  ) {}

  get(): Promise<Map<string, number>> {
    if (!this.counts || this.now() - this.builtAt > BACKGROUND_TTL_MS) {
      this.builtAt = this.now();
      const build = this.loadTexts(BACKGROUND_MAX_ARTICLES).then((texts) =>
        backgroundCounts(texts),
      );
      // A failed build is retried on the next read rather than cached.
      build.catch(() => {
        if (this.counts === build) this.counts = null;
      });
      this.counts = build;
    }
    return this.counts;
  }
}
