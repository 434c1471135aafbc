import type { DetectedArticle } from '../../core/detected-article';
import type { LookupRequest } from '../../core/lookup';
import { type CachedLookup, getCachedLookup, putCachedLookup } from '../db';
import { getStory, lookupArticle } from '../lookup/backend-client';
import { getBackendUrl } from '../settings';

/** The backend's answer for a detected article (lookup, then the full story): cache first. */
export async function lookupStory(
  detected: DetectedArticle,
  options: { bypassCache?: boolean } = {},
): Promise<CachedLookup> {
  if (!options.bypassCache) {
    const cached = await getCachedLookup(detected.url);
    if (cached) return cached;
  }
  const baseUrl = await getBackendUrl();
  const body: LookupRequest = { url: detected.url, title: detected.title };
  if (detected.publishedAt) body.publishedAt = detected.publishedAt;
  const lookup = await lookupArticle(baseUrl, body);
  const story = lookup.story ? await getStory(baseUrl, lookup.story.id) : null;
  const row: CachedLookup = { url: detected.url, lookup, story, fetchedAt: Date.now() };
  await putCachedLookup(row);
  return row;
}
