import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import { ConfigError } from '../errors';

/**
 * Only the extension talks to the API from a browser. Web pages get no CORS headers, so a site
 * a reader visits cannot query the backend through them.
 *
 * Which extensions: PARALLAX_EXTENSION_IDS, a comma-separated list of the ids in the origins of
 * the Parallax builds that use this backend: a Chrome/Edge/Brave id (32 letters a-p, stable
 * for a store build or one with a manifest key) or a Firefox/Safari internal UUID (per install:
 * about:debugging shows it). Set, only those origins are answered. Unset, any extension origin
 * is, as before: CORS is not an access control against extensions (one with host permissions
 * fetches without CORS), and the API serves public, read-only data; pinning the ids keeps other
 * extensions from reading it through a reader's browser with no permission of their own.
 */
const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension|safari-web-extension):\/\/([^/]+)$/;
const EXTENSION_ID = /^([a-p]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The ids in PARALLAX_EXTENSION_IDS; an empty list when unset or blank. Fails fast when bad. */
export function parseExtensionIds(value: string | undefined): string[] {
  const ids = (value ?? '')
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean);
  const bad = ids.find((id) => !EXTENSION_ID.test(id));
  if (bad !== undefined) {
    throw new ConfigError(
      'PARALLAX_EXTENSION_IDS',
      `PARALLAX_EXTENSION_IDS holds "${bad}", which is not an extension id: expected a Chrome ` +
        'id (32 letters a-p) or a Firefox/Safari internal UUID, comma-separated. Unset it to ' +
        'answer every extension.',
    );
  }
  return ids;
}

/** Whether `origin` is an extension page's, and one of `ids` when any are configured. */
export function isExtensionOrigin(
  origin: string | undefined,
  ids: readonly string[] = [],
): boolean {
  const match = origin === undefined ? null : EXTENSION_ORIGIN.exec(origin);
  if (!match) return false;
  return ids.length === 0 || ids.includes((match[2] ?? '').toLowerCase());
}

export async function registerCors(
  app: FastifyInstance,
  extensionIds: readonly string[] = [],
): Promise<void> {
  await app.register(cors, {
    origin: (origin, callback) => callback(null, isExtensionOrigin(origin, extensionIds)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['Content-Type'],
  });
}
