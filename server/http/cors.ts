import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

/**
 * Only the extension talks to the API from a browser: its pages have these origins. Web pages
 * get no CORS headers, so a site a reader visits cannot query the backend through them.
 */
const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension|safari-web-extension):\/\/[^/]+$/;

export function isExtensionOrigin(origin: string | undefined): boolean {
  return origin !== undefined && EXTENSION_ORIGIN.test(origin);
}

export async function registerCors(app: FastifyInstance): Promise<void> {
  await app.register(cors, {
    origin: (origin, callback) => callback(null, isExtensionOrigin(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['Content-Type'],
  });
}
