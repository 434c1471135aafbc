import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

export const PAGES_DIR = join(import.meta.dirname, '../../fixtures/e2e/pages');

/** host → path → fixture file: the pages our loopback "news sites" serve. */
export type SiteMap = Record<string, Record<string, string>>;

/**
 * Serves fixture pages under real news domains. Chromium's --host-resolver-rules sends those
 * domains to 127.0.0.1, so the extension sees www.reuters.com, not localhost.
 */
export async function startNewsSites(sites: SiteMap, port: number): Promise<Server> {
  const server = createServer(async (request, response) => {
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
