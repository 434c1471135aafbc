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
  let text: string;
  try {
    text = await readFile(feedsFile, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new UserFacingError(
      `Cannot read the feeds file ${feedsFile}: ${why}. Fix PARALLAX_FEEDS_FILE (or --feeds), or unset it to poll the catalog's feeds.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UserFacingError(
      `The feeds file ${feedsFile} is not valid JSON${jsonErrorLine(text, error as Error)}: ${(error as Error).message}. It must hold a JSON array of feeds.`,
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

/** " at line N" for a JSON.parse error that gives a position (V8: "… at position 42"). */
function jsonErrorLine(text: string, error: Error): string {
  const position = /at position (\d+)/.exec(error.message)?.[1];
  if (position === undefined) return '';
  return ` at line ${text.slice(0, Number(position)).split('\n').length}`;
}
