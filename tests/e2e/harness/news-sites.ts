import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:https';
import { createServer } from 'node:https';
import { join } from 'node:path';

export const PAGES_DIR = join(import.meta.dirname, '../../fixtures/e2e/pages');
const TLS_DIR = join(import.meta.dirname, '../../fixtures/e2e/tls');

/** host → path → fixture file: the pages our loopback "news sites" serve. */
export type SiteMap = Record<string, Record<string, string>>;

/**
 * Serves fixture pages under real news domains. Chromium's --host-resolver-rules sends those
 * domains to 127.0.0.1, so the extension sees www.reuters.com, not localhost. HTTPS, because
 * Chromium forces it on HSTS-preloaded domains (nytimes.com); the certificate is a test-only one.
 */
export async function startNewsSites(sites: SiteMap, port: number): Promise<Server> {
  const tls = {
    key: readFileSync(join(TLS_DIR, 'test-only-key.pem')),
    cert: readFileSync(join(TLS_DIR, 'test-only-cert.pem')),
  };
  const server = createServer(tls, async (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = sites[host]?.[path];
    if (!file) {
      response
        .writeHead(404, { 'content-type': 'text/plain' })
        .end(`no fixture for ${host}${path}`);
      return;
    }
    const html = await readFile(join(PAGES_DIR, file));
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

export function hostResolverRules(sites: SiteMap): string {
  return Object.keys(sites)
    .map((host) => `MAP ${host} 127.0.0.1`)
    .join(',');
}
