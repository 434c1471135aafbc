import type { FastifyInstance } from 'fastify';

/**
 * Headers every answer carries. The API serves JSON only, to the extension, never a page: a
 * browser must not sniff it into HTML or script, frame it, run anything from it, or send a
 * Referer from it. Written as one hook rather than @fastify/helmet: helmet's defaults are for
 * HTML sites (a CSP with script and style sources, HSTS, COEP, Origin-Agent-Cluster…), and
 * turning most of them off would be longer than the five headers that apply here. HSTS is the
 * TLS-terminating proxy's to send: `serve` speaks plain HTTP.
 */
const HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(HEADERS);
    // Only answers that say how long they keep (lookup config, the source index) are cached;
    // errors and per-request answers (a lookup, a story as of now) are not stored anywhere.
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
