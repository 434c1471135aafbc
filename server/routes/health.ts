import type { FastifyPluginAsync } from 'fastify';
import { HealthResponse } from '../../core/api-error';
import { sendValid } from '../http/validate';
import type { Store } from '../store/store';
import { PARALLAX_VERSION } from '../version';

/** GET /healthz: ok only when the database answers, so a load balancer drops a broken node. */
export const healthRoute: FastifyPluginAsync<{ store: Store }> = async (app, { store }) => {
  app.get('/healthz', async (_request, reply) => {
    await store.ping();
    return sendValid(reply, HealthResponse, {
      status: 'ok',
      version: PARALLAX_VERSION,
      database: store.kind,
    });
  });
};
