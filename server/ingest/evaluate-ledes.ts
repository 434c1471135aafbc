import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from './decode-html';
import { extractLede, type PageLede } from './extract-lede';

export interface PageLedeResult {
  name: string;
  bytes: number;
  lede: PageLede | null;
  /** Decoding and extraction, wall clock (for the benchmark; never asserted). */
  millis: number;
  /** The same in CPU time of this process, less sensitive to a busy machine. */
  cpuMillis: number;
}

/**
 * Extracts the lede of every saved page in `dir` (`<name>/source.html`, as in
 * ../shared/data/pages), each read as if fetched from `pageUrl`: the real-data suite counts
 * the pages that yield one, the benchmark times them.
 */
export async function extractLedesFromPages(
  dir: string,
  pageUrl: string,
): Promise<PageLedeResult[]> {
  const results: PageLedeResult[] = [];
  for (const name of readdirSync(dir).sort()) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, name, 'source.html'));
    } catch {
      continue;
    }
    const started = performance.now();
    const cpu = process.cpuUsage();
    const lede = await extractLede(decodeHtml(bytes, null), pageUrl);
    const used = process.cpuUsage(cpu);
    results.push({
      name,
      bytes: bytes.length,
      lede,
      millis: performance.now() - started,
      cpuMillis: (used.user + used.system) / 1000,
    });
  }
  return results;
}
