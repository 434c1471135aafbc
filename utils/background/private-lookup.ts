import type { LookupResponse, PrefixLookupResponse } from '../../core/lookup';
import { bucketOfHash } from '../../core/lookup-bucket';
import { urlHash } from '../../core/url-hash';
import { lookupBucket } from './backend-client';
import { currentSplit, rememberSplit } from './lookup-split';

/**
 * The private lookup (DESIGN.md "Privacy model"): the backend is told one bucket of the hash
 * space, sized to hold at least 32 stored articles, and answers with all of them and their
 * stories' previews. The full SHA-256 of the canonical URL, computed here and never sent,
 * picks this article among them, and its `storyId` picks its story's preview: one round trip,
 * and nothing that names the article or its story.
 */
export async function lookupPrivately(
  baseUrl: string,
  canonicalUrl: string,
): Promise<LookupResponse> {
  const hash = await urlHash(canonicalUrl);
  const sent = await currentSplit(baseUrl);
  const answer = await askBucket(baseUrl, hash, sent);
  const found = pickOwn(answer, hash);
  // Whatever the split, the bucket asked contains this hash, and a whole answer lists every
  // stored article in it: not found there means not stored, under any split. Only a cut answer
  // (`truncated`: a split older than the store's growth named a bucket holding more than one
  // answer carries) is worth a second question, with the split the backend uses now. Asking
  // again otherwise would gain nothing and would name a second range around the same hash,
  // whose overlap with the first is narrower than either. The same request is never repeated.
  if (found.article || !answer.truncated || answer.buckets === sent) return found;
  return pickOwn(await askBucket(baseUrl, hash, answer.buckets), hash);
}

async function askBucket(baseUrl: string, hash: string, buckets: number) {
  const answer = await lookupBucket(baseUrl, { bucket: bucketOfHash(hash, buckets), buckets });
  // Every answer says the split in use now: the next lookup asks with it, no config round trip.
  await rememberSplit(baseUrl, answer.buckets);
  return answer;
}

/** This article among the bucket's candidates, by its full hash, and its story's preview. */
export function pickOwn(answer: PrefixLookupResponse, hash: string): LookupResponse {
  const mine = answer.candidates.find((candidate) => candidate.urlHash === hash);
  const storyId = mine?.article.storyId ?? null;
  const story = storyId ? (answer.stories.find((preview) => preview.id === storyId) ?? null) : null;
  // The source card comes from the local index, so the private answer carries no source.
  return { source: null, article: mine?.article ?? null, story };
}
