import type { FastifyPluginAsync } from 'fastify';
import { LookupConfig } from '../../core/lookup';
import { MIN_BUCKET_ARTICLES } from '../../core/lookup-bucket';
import { sendValid } from '../http/validate';
import type { LookupSplit } from './lookup-split';

/**
 * The same for every client, and the split moves only as the store grows: caches may keep it
 * this long. A client with an older split still gets answers (see prefix-lookup.ts).
 */
const CONFIG_MAX_AGE_S = 300;

/**
 * GET /v1/lookup/config: how the private lookup splits the hash space now (core/lookup.ts
 * LookupConfig). Asked by the extension when it holds no fresh split; every prefix answer also
 * carries the split, so a client that looks things up rarely needs to ask.
 */
export const lookupConfigRoute: FastifyPluginAsync<{ split: LookupSplit }> = async (
  app,
  { split },
) => {
  app.get('/v1/lookup/config', async (_request, reply) => {
    reply.header('cache-control', `public, max-age=${CONFIG_MAX_AGE_S}`);
    return sendValid(reply, LookupConfig, {
      buckets: split.buckets,
      minBucketArticles: MIN_BUCKET_ARTICLES,
    });
  });
};
