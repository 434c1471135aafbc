import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ClusterArticle } from '../server/cluster/clusterer';
import { readLabelledArticles } from '../server/cluster/evaluate';
import { syntheticStream } from '../server/cluster/synthetic-stream';

/** The real roundups (../shared/data, read in place; absent on a machine without it). */
export const REAL_STORIES = join(
  import.meta.dirname,
  '../../shared/data/stories/neus-roundups.jsonl',
);

export interface SyntheticWindow {
  /** `inWindow` articles that fill the window, then `measured` ones to time. */
  stream: ClusterArticle[];
  inWindow: number;
  measured: number;
}

/**
 * The articles for a "per article, with 50,000 already in the window" benchmark: the real
 * roundups replayed as one long stream (server/cluster/synthetic-stream.ts: words renamed per
 * replay, so replays are neither the same story nor copies of each other), dated over one day so
 * that none leaves a two-day window. Null, after a line saying `section` was skipped, when
 * ../shared/data is missing.
 */
export async function syntheticWindow(section: string): Promise<SyntheticWindow | null> {
  if (!existsSync(REAL_STORIES)) {
    console.log(`\n${section}: skipped (../shared/data/stories missing)`);
    return null;
  }
  const { articles } = await readLabelledArticles(REAL_STORIES);
  const inWindow = 50_000;
  const measured = 5_000;
  const stream = syntheticStream(articles, inWindow + measured, {
    start: Date.parse('2021-05-01T00:00:00Z'),
    spanDays: 1,
  });
  return { stream, inWindow, measured };
}
