import type { FastifyPluginAsync } from 'fastify';
import {
  MAX_PREFIX_CANDIDATES,
  PrefixLookupRequest,
  PrefixLookupResponse,
} from '../../core/lookup';
import { bucketRange } from '../../core/lookup-bucket';
import { parseRequest, sendValid } from '../http/validate';
import type { LookupReads } from './lookup-reads';
import type { LookupSplit } from './lookup-split';

/**
 * POST /v1/lookup/prefix: the private lookup. The extension sends which bucket of the hash
 * space (core/lookup-bucket.ts) its article's URL hash falls in; every stored article of that
 * bucket comes back, with the preview of each one's story, and the extension keeps the one
 * whose full hash is its own. A POST, so the bucket stays out of URLs; the body is never logged.
 *
 * The backend answers for whatever split it is asked about: a client whose cached split is
 * older than the store's growth asks with fewer buckets (a bigger bucket, more privacy), one
 * whose store shrank asks with more; the answer always says the split in use now, which the
 * extension asks with next. A bucket holding more than MAX_PREFIX_CANDIDATES articles answers
 * the first of them in hash order, and says so (`truncated`).
 */
export const prefixLookupRoute: FastifyPluginAsync<{
  reads: LookupReads;
  split: LookupSplit;
}> = async (app, { reads, split }) => {
  app.post('/v1/lookup/prefix', async (request, reply) => {
    const { bucket, buckets } = parseRequest(PrefixLookupRequest, request.body, 'body');
    const { from, to } = bucketRange(bucket, buckets);
    // One more than the cap: whether it came back says whether the bucket was cut.
    const found = await reads.articlesInHashRange(from, to, MAX_PREFIX_CANDIDATES + 1);
    const candidates = found.slice(0, MAX_PREFIX_CANDIDATES);
    const storyIds = new Set<string>();
    for (const { article } of candidates) if (article.storyId) storyIds.add(article.storyId);
    const stories = storyIds.size > 0 ? await reads.storyPreviews([...storyIds]) : [];
    return sendValid(reply, PrefixLookupResponse, {
      buckets: split.buckets,
      candidates,
      stories,
      truncated: found.length > MAX_PREFIX_CANDIDATES,
    });
  });
};
