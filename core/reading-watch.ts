import { z } from 'zod';
import { ReadEntry } from './reading-balance';

/**
 * A read in progress (core/reading-balance.ts has the rule): the article a tab shows and the
 * time it has been seen so far. The background keeps it in storage.session, not in the service
 * worker's memory, because MV3 stops an idle worker after about 30 s and a read adds up over
 * visits to the tab that may span several workers' lives.
 */
export const ReadingWatch = z.object({
  tabId: z.number().int().nonnegative(),
  /** What the read will store once it counts. */
  entry: ReadEntry.omit({ id: true, readAt: true }),
  /** Time banked from earlier spells in front of the reader. */
  visibleMs: z.number().int().nonnegative(),
  /**
   * Since when (ms since the epoch) the tab has been in front, or null while it is not. Every
   * change of the tab's visibility wakes the worker (tabs.onActivated, windows.onFocusChanged),
   * so a non-null value means "seen from then until the next such event".
   */
  visibleSince: z.number().int().nonnegative().nullable(),
});
export type ReadingWatch = z.infer<typeof ReadingWatch>;
