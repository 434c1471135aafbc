import type { DetectedArticle } from '../../core/detected-article';
import type { LookupRequest, LookupResponse } from '../../core/lookup';
import { urlHash, urlHashPrefix } from '../../core/url-hash';
import { getBackendUrl, getLookupMode, type LookupMode } from '../shared/settings';
import { getStory, lookupArticle, lookupByHashPrefix } from './backend-client';
import { type CachedLookup, getCachedLookup, putCachedLookup } from './db';

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
  const lookup = await lookupByMode(await getLookupMode(), baseUrl, detected);
  const story = lookup.story ? await getStory(baseUrl, lookup.story.id) : null;
  const row: CachedLookup = { url: detected.url, lookup, story, fetchedAt: Date.now() };
  await putCachedLookup(row);
  return row;
}

async function lookupByMode(
  mode: LookupMode,
  baseUrl: string,
  detected: DetectedArticle,
): Promise<LookupResponse> {
  if (mode === 'full') {
    const body: LookupRequest = { url: detected.url, title: detected.title };
    if (detected.publishedAt) body.publishedAt = detected.publishedAt;
    return lookupArticle(baseUrl, body);
  }
  // Private: the backend sees a hash prefix shared by many URLs; the full hash, computed
  // here and never sent, picks this article among the candidates.
  const hash = await urlHash(detected.url);
  const { candidates } = await lookupByHashPrefix(baseUrl, urlHashPrefix(hash));
  const mine = candidates.find((candidate) => candidate.urlHash === hash);
  // The source card comes from the local index, so the private answer carries no source.
  return { source: null, article: mine?.article ?? null, story: mine?.story ?? null };
}
