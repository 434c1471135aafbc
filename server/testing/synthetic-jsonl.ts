import { writeFileSync } from 'node:fs';
import { syntheticFeeds } from './synthetic-feeds';

/**
 * A JSONL file of `count` articles without a story (the importer's clusterer places them):
 * the synthetic feeds' items, `perOutlet` from each outlet, as `parallax import` reads them.
 */
export function writeSyntheticJsonl(file: string, outlets: number, perOutlet: number): number {
  const now = Date.parse('2026-11-20T12:00:00Z');
  const lines = syntheticFeeds('https://news.example', outlets, perOutlet, now).flatMap(
    (feed, outlet) =>
      [
        ...feed.xml.matchAll(
          /<item><title>(.*?)<\/title><link>(.*?)<\/link><description>(.*?)<\/description><pubDate>(.*?)<\/pubDate>/g,
        ),
      ].map((match, i) =>
        JSON.stringify({
          id: `o${outlet}-${i}`,
          url: match[2],
          title: match[1],
          text: match[3],
          published: new Date(match[4] as string).toISOString(),
        }),
      ),
  );
  writeFileSync(file, `${lines.join('\n')}\n`);
  return lines.length;
}
