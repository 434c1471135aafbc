// Lede extraction for article-page fetching (issue 5, "Articles"): time per real page, decode +
// happy-dom + Readability, as `parallax ingest --fetch-articles` spends it after each page GET
// (on its worker thread, server/ingest/lede-worker.ts). Run alone: `npx tsx bench/article-ledes.ts`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractLedesFromPages, type PageLedeResult } from '../server/ingest/evaluate-ledes';

const PAGES = join(import.meta.dirname, '../../shared/data/pages');
const PAGE_URL = 'https://www.example.com/news/article.html';
const ROUNDS = 3;

export async function benchArticleLedes(): Promise<void> {
  if (!existsSync(PAGES)) {
    console.log(`\nArticle ledes: skipped (${PAGES} missing)`);
    return;
  }
  // A first round warms the JIT; each page's time is then its median over ROUNDS rounds.
  await extractLedesFromPages(PAGES, PAGE_URL);
  const rounds: PageLedeResult[][] = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push(await extractLedesFromPages(PAGES, PAGE_URL));
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const pages = (rounds[0] ?? []).map((page, index) => ({
    ...page,
    millis: median(rounds.map((round) => round[index]?.millis ?? 0)),
    cpuMillis: median(rounds.map((round) => round[index]?.cpuMillis ?? 0)),
  }));
  const withLede = pages.filter((p) => p.lede).length;
  console.log(
    `\nArticle ledes (${pages.length} real pages, ${withLede} with a lede; per page, median of ${ROUNDS} rounds)`,
  );
  const megabytes = pages.reduce((n, p) => n + p.bytes, 0) / 1e6;
  for (const key of ['millis', 'cpuMillis'] as const) {
    const sorted = [...pages].sort((a, b) => a[key] - b[key]);
    const worst = sorted.at(-1);
    const total = pages.reduce((n, p) => n + p[key], 0);
    console.log(
      `  ${key === 'millis' ? 'wall' : 'CPU '}  median ${median(pages.map((p) => p[key])).toFixed(0)} ms, ` +
        `90th pct ${sorted[Math.floor(0.9 * sorted.length)]?.[key].toFixed(0)} ms, ` +
        `worst ${worst?.[key].toFixed(0)} ms (${worst?.name}, ${((worst?.bytes ?? 0) / 1e6).toFixed(2)} MB), ` +
        `${(total / megabytes).toFixed(0)} ms per MB of HTML`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchArticleLedes();
