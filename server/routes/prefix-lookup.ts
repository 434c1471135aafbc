import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import {
  MAX_PREFIX_CANDIDATES,
  PrefixLookupRequest,
  PrefixLookupResponse,
} from '../../core/lookup';
import { bucketRange } from '../../core/lookup-bucket';
import { parseRequest, ResponseContractError } from '../http/validate';
import type { LookupReads } from './lookup-reads';
import type { LookupSplit } from './lookup-split';
import { acceptsGzip, type CachedAnswer, PrefixAnswerCache } from './prefix-lookup-cache';

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
 *
 * An answer is the same for everyone who asks about that bucket: it is built once, validated
 * against the contract, and kept serialised and gzipped (prefix-lookup-cache.ts); clients that
 * accept gzip (every browser) get it compressed.
 */
const AnswerWithoutStories = PrefixLookupResponse.omit({ stories: true });

export const prefixLookupRoute: FastifyPluginAsync<{
  reads: LookupReads;
  split: LookupSplit;
  cache?: PrefixAnswerCache;
}> = async (app, { reads, split, cache = new PrefixAnswerCache() }) => {
  // New or deleted articles change the buckets' contents (and maybe their number).
  split.onChange(() => cache.clear());
  // Concurrent first requests for one bucket build it once.
  const building = new Map<string, Promise<CachedAnswer>>();

  const build = async (bucket: number, buckets: number): Promise<CachedAnswer> => {
    const { from, to } = bucketRange(bucket, buckets);
    // One more than the cap: whether it came back says whether the bucket was cut.
    const found = await reads.articlesInHashRange(from, to, MAX_PREFIX_CANDIDATES + 1);
    const candidates = found.slice(0, MAX_PREFIX_CANDIDATES);
    const storyIds = new Set<string>();
    for (const { article } of candidates) if (article.storyId) storyIds.add(article.storyId);
    const stories = storyIds.size > 0 ? await reads.storyPreviews([...storyIds]) : [];
    // The previews were parsed against the contract as the store read them (and when they were
    // built); parsing them a second time inside the whole answer doubled the cost of a build.
    const answer = AnswerWithoutStories.safeParse({
      buckets: split.buckets,
      candidates,
      truncated: found.length > MAX_PREFIX_CANDIDATES,
    });
    // (At most one story per candidate, so `stories` is within its bound too.)
    if (!answer.success) {
      throw new ResponseContractError(
        `Response for /v1/lookup/prefix breaks its schema: ${JSON.stringify(answer.error.issues.slice(0, 3))}`,
      );
    }
    return cache.put(bucket, buckets, JSON.stringify({ ...answer.data, stories }));
  };

  app.post('/v1/lookup/prefix', async (request, reply) => {
    const { bucket, buckets } = parseRequest(PrefixLookupRequest, request.body, 'body');
    let answer = cache.get(bucket, buckets);
    if (!answer) {
      const key = `${buckets}:${bucket}`;
      let pending = building.get(key);
      if (!pending) {
        pending = build(bucket, buckets).finally(() => building.delete(key));
        building.set(key, pending);
      }
      answer = await pending;
    }
    return send(request, reply, answer);
  });
};

function send(request: FastifyRequest, reply: FastifyReply, answer: CachedAnswer) {
  reply.type('application/json; charset=utf-8');
  const vary = reply.getHeader('vary');
  reply.header('vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
  if (acceptsGzip(request.headers['accept-encoding'])) {
    reply.header('content-encoding', 'gzip');
    return reply.send(answer.gzip);
  }
  return reply.send(answer.json);
}
