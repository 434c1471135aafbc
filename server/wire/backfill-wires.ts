import { Wire } from '../../core/wire';
import type {
  WireAttributionUpdate,
  WireBackfillCursor,
  WireBackfillRow,
  WireWindowPart,
} from '../store/wire-window';
import { WireDetector } from './wire-detector';

/** What a backfill did (also its progress so far, while it runs). */
export interface WireBackfillSummary {
  /** Articles read and run through the detector. */
  read: number;
  /** Articles just before the window (with --days): detected for context, never written. */
  context: number;
  /** Articles that got a wire from an explicit marker (site, outlet, dateline, credit). */
  byMarker: number;
  /** Articles that got `duplicate_of`: near-copies of an earlier article by another outlet. */
  copies: number;
  /** Of those, the ones that got a wire only from their original. */
  inherited: number;
  /** Articles read and left as they were. */
  unchanged: number;
  millis: number;
}

export interface WireBackfillOptions {
  /** Only articles published (else stored) in the last `days` days; all when absent. */
  days?: number;
  /** Articles read and written per page. */
  batch?: number;
  detector?: WireDetector;
  now?: () => number;
  onProgress?: (soFar: WireBackfillSummary) => void;
  /**
   * Awaited after each page with the stories of the articles it attributed: what a story shows
   * depends on which of its articles are copies (the story service rebuilds their views).
   */
  onStoriesChanged?: (storyIds: string[]) => Promise<unknown>;
}

/**
 * Attributes wire copy to articles already stored (those stored before migration 0007 have
 * none): reads them in publication order, a page at a time, runs each through the same detector
 * as ingestion (markers, then near-copies of earlier ones) and fills `wire` / `duplicate_of`
 * where it finds something new. A stored attribution is kept, and it is what the detector's
 * window remembers, so a second run finds the same and changes nothing. With `days`, articles
 * published up to the detector's maximum age before the window are run through the detector
 * first, without writing, so that copies of them inside it are found.
 */
export async function backfillWires(
  window: WireWindowPart,
  options: WireBackfillOptions = {},
): Promise<WireBackfillSummary> {
  const { batch = 1000, detector = new WireDetector(), now = Date.now, onProgress } = options;
  const started = now();
  const summary: WireBackfillSummary = {
    read: 0,
    context: 0,
    byMarker: 0,
    copies: 0,
    inherited: 0,
    unchanged: 0,
    millis: 0,
  };
  const from =
    options.days === undefined ? null : new Date(started - options.days * 86_400_000).toISOString();
  if (from !== null) {
    const contextFrom = new Date(Date.parse(from) - detector.options.maxAgeMs).toISOString();
    for await (const page of pages(window, batch, contextFrom, from)) {
      // Detected as well, not only seeded: a copy inside the window inherits what its original's
      // markers say even though the original, outside the window, is not written.
      for (const row of page) detector.detect(articleOf(row), null, storedOf(row));
      summary.context += page.length;
    }
  }
  for await (const page of pages(window, batch, from, null)) {
    const updates: WireAttributionUpdate[] = [];
    const stories = new Set<string>();
    for (const row of page) {
      const update = attribute(detector, row, summary);
      if (update) updates.push(update);
      if (update && row.storyId) stories.add(row.storyId);
    }
    await window.fillAttributions(updates);
    if (stories.size > 0) await options.onStoriesChanged?.([...stories]);
    summary.read += page.length;
    summary.millis = now() - started;
    onProgress?.({ ...summary });
  }
  summary.millis = now() - started;
  return summary;
}

/** One article through the detector; what to fill in, counted in `summary`, or null. */
function attribute(
  detector: WireDetector,
  row: WireBackfillRow,
  summary: WireBackfillSummary,
): WireAttributionUpdate | null {
  const found = detector.detect(articleOf(row), null, storedOf(row));
  // Only NULL columns are filled: an unknown wire id stored by a newer version counts as set.
  const wire = row.wire === null ? found.wire : null;
  const duplicateOf = row.duplicateOf === null ? found.duplicateOf : null;
  if (wire === null && duplicateOf === null) {
    summary.unchanged += 1;
    return null;
  }
  if (duplicateOf !== null) summary.copies += 1;
  if (wire !== null) {
    if (found.evidence === 'near-duplicate') summary.inherited += 1;
    else summary.byMarker += 1;
  }
  return { id: row.id, wire, duplicateOf };
}

async function* pages(
  window: WireWindowPart,
  limit: number,
  from: string | null,
  before: string | null,
): AsyncGenerator<WireBackfillRow[]> {
  let cursor: WireBackfillCursor | null = null;
  for (;;) {
    const page = await window.backfillPage({ limit, from, before, cursor });
    if (page.length === 0) return;
    yield page;
    const last = page[page.length - 1] as WireBackfillRow;
    cursor = { key: last.key, id: last.id };
    if (page.length < limit) return;
  }
}

function knownWire(stored: string | null): Wire | null {
  const parsed = Wire.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

function articleOf(row: WireBackfillRow) {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    outlet: row.outlet,
    sourceId: row.sourceId,
    publishedAt: row.publishedAt,
    storyId: row.storyId,
    text: row.text,
  };
}

function storedOf(row: WireBackfillRow) {
  return { wire: knownWire(row.wire), duplicateOf: row.duplicateOf };
}

/** The summary as the CLI prints it. */
export function formatWireBackfillSummary(s: WireBackfillSummary): string {
  return [
    'Wire backfill',
    `  articles read:      ${s.read}${s.context ? ` (and ${s.context} before the window, for context)` : ''}`,
    `  wire by a marker:   ${s.byMarker}`,
    `  marked as copies:   ${s.copies}${s.inherited ? ` (${s.inherited} of them inherit their original's wire)` : ''}`,
    `  unchanged:          ${s.unchanged}`,
    `  time:               ${(s.millis / 1000).toFixed(1)} s`,
  ].join('\n');
}
