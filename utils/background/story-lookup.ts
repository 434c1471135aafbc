import type { DetectedArticle } from '../../core/detected-article';
import type { LookupRequest, LookupResponse } from '../../core/lookup';
import { getBackendUrl, getLookupMode, type LookupMode } from '../shared/settings';
import { lookupArticle } from './backend-client';
import { type CachedLookup, getCachedLookup, putCachedLookup } from './db';
import { lookupPrivately } from './private-lookup';

/**
 * The backend's answer for a detected article, cache first. Either mode answers with the
 * story's preview, all the badge and popup show: no request for the story by id follows.
 */
export async function lookupStory(
  detected: DetectedArticle,
  options: { bypassCache?: boolean } = {},
): Promise<CachedLookup> {
  if (!options.bypassCache) {
    const cached = await getCachedLookup(detected.url);
    if (cached) return cached;
  }
  const baseUrl = await getBackendUrl();
  const lookup = await lookupByMode(await getLookupMode(), baseUrl, detected);
  const row: CachedLookup = { url: detected.url, lookup, fetchedAt: Date.now() };
  await putCachedLookup(row);
  return row;
}

function lookupByMode(
  mode: LookupMode,
  baseUrl: string,
  detected: DetectedArticle,
): Promise<LookupResponse> {
  if (mode === 'full') {
    // The reader opted in to "better matching": URL and headline are sent.
    const body: LookupRequest = { url: detected.url, title: detected.title };
    if (detected.publishedAt) body.publishedAt = detected.publishedAt;
    return lookupArticle(baseUrl, body);
  }
  return lookupPrivately(baseUrl, detected.url);
}
