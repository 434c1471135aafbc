import { bucketsFor } from '../../core/lookup-bucket';

/** How often the article count is read again: buckets only need to follow the store's growth. */
export const SPLIT_REFRESH_MS = 60_000;

export interface LookupSplitOptions {
  /** How many articles the store holds: one cheap read, made at start and on each refresh. */
  countArticles: () => Promise<number>;
  refreshMs?: number;
  /** Told when a refresh fails; the split in use stays as it was. */
  onRefreshError?: (error: unknown) => void;
}

/**
 * The split of the hash space the private lookup uses now (core/lookup-bucket.ts), from the
 * article count read at start and again every `refreshMs` (an API node does not see the writes
 * of an ingest worker or of another node, so a timer rather than a write hook), and on
 * `refresh()` after a write in this process. Requests read the cached value: no request counts.
 */
export class LookupSplit {
  #articles: number;
  #timer: NodeJS.Timeout | undefined;
  #refreshing: Promise<void> | undefined;
  readonly #listeners: Array<(articles: number) => void> = [];
  readonly #options: LookupSplitOptions;

  private constructor(articles: number, options: LookupSplitOptions) {
    this.#articles = articles;
    this.#options = options;
  }

  /** Reads the count once, then keeps it fresh until `stop()`. */
  static async start(options: LookupSplitOptions): Promise<LookupSplit> {
    const split = new LookupSplit(await options.countArticles(), options);
    split.#timer = setInterval(() => void split.refresh(), options.refreshMs ?? SPLIT_REFRESH_MS);
    // The timer alone never keeps a process alive (CLI commands, tests).
    split.#timer.unref();
    return split;
  }

  /** Buckets in use now: each holds at least MIN_BUCKET_ARTICLES articles on average. */
  get buckets(): number {
    return bucketsFor(this.#articles);
  }

  /** The article count the split was computed from. */
  get articles(): number {
    return this.#articles;
  }

  /** Reads the count again (at most one read at a time); keeps the old one if the read fails. */
  refresh(): Promise<void> {
    this.#refreshing ??= this.#options
      .countArticles()
      .then((count) => {
        if (count === this.#articles) return;
        this.#articles = count;
        for (const listener of this.#listeners) listener(count);
      })
      .catch((error: unknown) => this.#options.onRefreshError?.(error))
      .finally(() => {
        this.#refreshing = undefined;
      });
    return this.#refreshing;
  }

  /** Calls `listener` after each refresh that read another count (articles came or went). */
  onChange(listener: (articles: number) => void): void {
    this.#listeners.push(listener);
  }

  stop(): void {
    clearInterval(this.#timer);
  }
}
