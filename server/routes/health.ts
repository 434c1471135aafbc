import type { FastifyPluginAsync } from 'fastify';
import { HealthResponse } from '../../core/api-error';
import { sendValid } from '../http/validate';
import type { Repository } from '../store/repository';
import { PARALLAX_VERSION } from '../version';

/** GET /healthz: ok only when the database answers, so a load balancer drops a broken node. */
export const healthRoute: FastifyPluginAsync<{ repository: Repository }> = async (
  app,
  { repository },
) => {
  app.get('/healthz', async (_request, reply) => {
    await repository.ping();
    return sendValid(reply, HealthResponse, {
      status: 'ok',
      version: PARALLAX_VERSION,
      database: repository.kind,
    });
  });
};
