import { readFile } from 'node:fs/promises';
import { UserFacingError } from '../errors';
import type { SourcesPart } from '../store/sources-part';
import { catalogFeeds, type FeedTarget } from './ingest';

/**
 * The feeds to poll: from a JSON file when given (`[{"url": "…", "sourceId": "…"}]` or a list
 * of URLs; the source is then found by the matcher), else every feed in the catalog.
 */
export async function loadFeedTargets(
  sources: Pick<SourcesPart, 'list' | 'match'>,
  feedsFile: string | null | undefined,
): Promise<FeedTarget[]> {
  if (!feedsFile) return catalogFeeds(sources);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(feedsFile, 'utf8'));
  } catch (error) {
    throw new UserFacingError(
      `Cannot read the feeds file ${feedsFile}: ${(error as Error).message}`,
    );
  }
  if (!Array.isArray(json)) {
    throw new UserFacingError(`The feeds file ${feedsFile} must hold a JSON array of feeds.`);
  }
  return json.map((entry, index) => {
    const url = typeof entry === 'string' ? entry : (entry as { url?: unknown })?.url;
    if (typeof url !== 'string' || !url) {
      throw new UserFacingError(`Feed ${index + 1} in ${feedsFile} has no "url".`);
    }
    const given = typeof entry === 'object' ? (entry as { sourceId?: unknown }).sourceId : null;
    const sourceId = typeof given === 'string' ? given : (sources.match(url)?.id ?? null);
    return { url, sourceId };
  });
}
