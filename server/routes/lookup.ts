import type { FastifyPluginAsync } from 'fastify';
import { LookupRequest, LookupResponse } from '../../core/lookup';
import { canonicalizeUrl } from '../../core/url';
import { parseRequest, sendValid } from '../http/validate';
import type { LookupReads } from './lookup-reads';

/**
 * POST /v1/lookup: the opt-in "better matching" lookup. What is known about the article at a
 * URL: its outlet, the stored article and the preview of its story (all the badge and popup
 * show). Always 200 for a valid request; each part is null when unknown. The body is never
 * logged: it says what someone reads.
 */
export const lookupRoute: FastifyPluginAsync<{ reads: LookupReads }> = async (app, { reads }) => {
  app.post('/v1/lookup', async (request, reply) => {
    const { url } = parseRequest(LookupRequest, request.body, 'body');
    // LookupRequest only admits http(s) URLs, which always canonicalise.
    const canonical = canonicalizeUrl(url) ?? url;
    const source = reads.matchSource(canonical);
    const article = await reads.findArticleByUrl(canonical);
    const story = article?.storyId
      ? ((await reads.storyPreviews([article.storyId]))[0] ?? null)
      : null;
    return sendValid(reply, LookupResponse, { source, article, story });
  });
};
