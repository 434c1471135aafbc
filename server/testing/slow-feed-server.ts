import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type SyntheticFeed, syntheticFeeds } from './synthetic-feeds';

/**
 * A loopback server of synthetic RSS feeds where feed n answers after (n + 1) × `delayMs`, so a
 * poll of them all takes seconds and a fault test's kill -9 lands inside it; and the feeds file
 * that lists them (PARALLAX_FEEDS_FILE).
 */
export interface SlowFeedServer {
  base: string;
  feeds: SyntheticFeed[];
  feedsFile: string;
  /** The list as PARALLAX_FEEDS_FILE holds it. */
  feedList: { url: string; sourceId: null }[];
  close(): Promise<void>;
}

export async function startSlowFeedServer(
  count: number,
  items: number,
  delayMs: number,
): Promise<SlowFeedServer> {
  const folder = mkdtempSync(path.join(tmpdir(), 'parallax-feeds-'));
  let feeds: SyntheticFeed[] = [];
  const server = http.createServer((req, res) => {
    const index = feeds.findIndex((feed) => feed.path === req.url);
    const feed = feeds[index];
    if (!feed) return res.writeHead(404).end();
    setTimeout(
      () => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed.xml),
      (index + 1) * delayMs,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  feeds = syntheticFeeds(base, count, items, Date.now());
  const feedList = feeds.map((feed) => ({ url: `${base}${feed.path}`, sourceId: null }));
  const feedsFile = path.join(folder, 'feeds.json');
  writeFileSync(feedsFile, JSON.stringify(feedList));
  return {
    base,
    feeds,
    feedsFile,
    feedList,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
