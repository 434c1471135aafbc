import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { Source } from '../../core/source';
import { notFound } from '../http/http-error';
import { parseRequest, sendValid } from '../http/validate';
import type { SourcesPart } from '../store/sources-part';
import { etagMatches, sourceIndexCache } from './source-index-cache';

const SourceParams = z.object({
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .max(253)
    .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'expected a host name such as www.cnn.com or cnn.com'),
});

/** GET /v1/sources/:domain: the outlet a host (www.cnn.com) or domain (cnn.com) belongs to. */
export const sourcesRoute: FastifyPluginAsync<{ sources: SourcesPart }> = async (
  app,
  { sources },
) => {
  const index = sourceIndexCache(sources);
  /**
   * GET /v1/sources/index: the compact index the extension matches pages with (curated
   * sources and any with a rating, bias or reliability; core/source-index.ts), with an ETag.
   */
  app.get('/v1/sources/index', async (request, reply) => {
    const { body, etag } = await index.get();
    reply.header('etag', etag).header('cache-control', 'no-cache');
    if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(body);
  });

  app.get('/v1/sources/:domain', async (request, reply) => {
    const { domain } = parseRequest(SourceParams, request.params, 'params');
    const matched = sources.match(domain);
    // Read back from the store so that the answer carries every stored rating, fresh.
    const source = matched ? await sources.get(matched.id) : null;
    if (!source) throw notFound(`No outlet in the catalog for "${domain}".`);
    return sendValid(reply, Source, source);
  });
};
