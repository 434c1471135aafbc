import type { FastifyPluginAsync } from 'fastify';
import {
  MAX_PREFIX_CANDIDATES,
  PrefixLookupRequest,
  PrefixLookupResponse,
} from '../../core/lookup';
import { parseRequest, sendValid } from '../http/validate';
import type { Repository } from '../store/repository';

/**
 * POST /v1/lookup/prefix: the private lookup. The extension sends the first digits of the
 * SHA-256 of the canonical URL it reads; every article sharing them comes back with its story
 * summary, and the extension keeps the one whose full hash is its own. A POST, so the prefix
 * stays out of URLs and access logs.
 */
export const prefixLookupRoute: FastifyPluginAsync<{ repository: Repository }> = async (
  app,
  { repository },
) => {
  app.post('/v1/lookup/prefix', async (request, reply) => {
    const { prefix } = parseRequest(PrefixLookupRequest, request.body, 'body');
    const found = await repository.findArticlesByUrlHashPrefix(prefix, MAX_PREFIX_CANDIDATES);
    const candidates = await Promise.all(
      found.map(async ({ urlHash, article }) => ({
        urlHash,
        article,
        story: article.storyId ? await repository.getStorySummary(article.storyId) : null,
      })),
    );
    return sendValid(reply, PrefixLookupResponse, { candidates });
  });
};
