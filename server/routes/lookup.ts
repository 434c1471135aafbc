import type { FastifyPluginAsync } from 'fastify';
import { LookupRequest, LookupResponse } from '../../core/lookup';
import { canonicalizeUrl } from '../../core/url';
import { parseRequest, sendValid } from '../http/validate';
import type { Repository } from '../store/repository';

/**
 * POST /v1/lookup: what is known about the article at a URL. Always 200 for a valid request;
 * each part is null when unknown. The body is never logged: it says what someone reads.
 */
export const lookupRoute: FastifyPluginAsync<{ repository: Repository }> = async (
  app,
  { repository },
) => {
  app.post('/v1/lookup', async (request, reply) => {
    const { url } = parseRequest(LookupRequest, request.body, 'body');
    // LookupRequest only admits http(s) URLs, which always canonicalise.
    const canonical = canonicalizeUrl(url) ?? url;
    const source = repository.matchSource(canonical);
    const article = await repository.findArticleByUrl(canonical);
    const story = article?.storyId ? await repository.getStorySummary(article.storyId) : null;
    return sendValid(reply, LookupResponse, { source, article, story });
  });
};
