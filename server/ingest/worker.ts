import type { FeedTarget, Ingester } from './ingest';
import { type Clock, systemClock } from './scheduler';

/**
 * The scheduler inside `parallax serve`: every `tickMs`, polls the feeds that are due (each
 * feed's next poll time comes from its interval or its backoff). Stops when `signal` aborts.
 * Never throws: a pass that fails is logged and the next tick tries again.
 */
export async function runIngestLoop(
  ingester: Ingester,
  feeds: () => Promise<FeedTarget[]>,
  options: {
    signal: AbortSignal;
    tickMs?: number;
    clock?: Clock;
    log?: (message: string, detail?: Record<string, unknown>) => void;
  },
): Promise<void> {
  const { signal, tickMs = 60_000, clock = systemClock, log = () => {} } = options;
  try {
    // Stories formed before this start (earlier runs, `parallax ingest`, imports) stay joinable.
    const seeded = await ingester.seed();
    log('clusterer seeded', { ...seeded });
  } catch (error) {
    log('clusterer seeding failed (new articles start new stories)', {
      error: (error as Error).message,
    });
  }
  while (!signal.aborted) {
    try {
      const summary = await ingester.runPass(await feeds(), { onlyDue: true });
      const polled = summary.feeds.length - summary.skipped;
      if (polled > 0) {
        log('ingest pass', {
          ok: summary.ok,
          notModified: summary.notModified,
          failed: summary.failed,
          newArticles: summary.newArticles,
          storiesTouched: summary.storiesTouched,
          ...(summary.articlePages ? { articlePages: summary.articlePages } : {}),
        });
      }
    } catch (error) {
      log('ingest pass failed', { error: (error as Error).message });
    }
    await clock.sleep(tickMs, signal);
  }
}
