import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { join } from 'node:path';

const TLS_DIR = join(import.meta.dirname, '../../fixtures/e2e/tls');
export const SURFACES_DIR = join(import.meta.dirname, '../../../../shared/data/surfaces');

/** host → path → file under ../shared/data/surfaces: the real saved pages, never copied here. */
export type SurfaceMap = Record<string, Record<string, string>>;

/**
 * Serves the real saved surfaces (search results, HN, Reddit, X) under their real hosts over
 * HTTPS on loopback, as news-sites.ts does for articles. Their own scripts are left out: saved
 * with the page, they would rebuild or break its saved DOM and call the network, which is
 * closed here; the markup and styles inline in the page are what the adapters and chips meet.
 */
export async function startSurfaceSites(sites: SurfaceMap, port: number): Promise<Server> {
  const tls = {
    key: readFileSync(join(TLS_DIR, 'test-only-key.pem')),
    cert: readFileSync(join(TLS_DIR, 'test-only-cert.pem')),
  };
  const server = createServer(tls, (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = sites[host]?.[path];
    if (!file) {
      response
        .writeHead(404, { 'content-type': 'text/plain' })
        .end(`no surface for ${host}${path}`);
      return;
    }
    const html = readFileSync(join(SURFACES_DIR, file), 'utf8').replace(
      /<script\b[\s\S]*?<\/script>/gi,
      '',
    );
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
