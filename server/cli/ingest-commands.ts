import type { Command } from 'commander';
import { ImportClustering } from '../cluster/import-clustering';
import { type Config, parseConfig } from '../config';
import { ArticleLedeEnricher, type ArticlePageCounts } from '../ingest/article-ledes';
import { ArticlePageFetcher } from '../ingest/article-page-fetcher';
import { loadFeedTargets } from '../ingest/feed-list';
import { type FeedPollResult, Ingester, type IngestSummary } from '../ingest/ingest';
import { printable } from '../ingest/printable';
import { systemClock } from '../ingest/scheduler';
import type { FeedHealth } from '../store/feed-health';
import { type Backend, openBackend } from './open-backend';
import { asSoleWriter } from './sole-writer';

/** `parallax ingest` and `parallax feeds`. */
export function registerIngestCommands(program: Command): void {
  program
    .command('ingest')
    .description(
      "poll every feed once (the catalog's, or --feeds FILE), store and cluster new articles",
    )
    .option('--feeds <file.json>', "a JSON list of feeds to poll instead of the catalog's")
    .option(
      '--fetch-articles',
      'fetch the article page (robots.txt permitting) of new items without a description, for its lede',
    )
    .action(async (options: { feeds?: string; fetchArticles?: boolean }) => {
      const parsed = parseConfig();
      const config: Config = options.fetchArticles
        ? { ...parsed, ingest: { ...defaultIngestConfig(parsed), fetchArticles: true } }
        : parsed;
      await ingestCommand(config, options.feeds ?? config.ingest?.feedsFile ?? null);
    });

  program
    .command('feeds')
    .description('show the health of every polled feed (failing feeds first)')
    .action(() => feedsCommand(parseConfig()));
}

function defaultIngestConfig(config: Config): NonNullable<Config['ingest']> {
  return config.ingest ?? { enabled: true, allowHosts: [], feedsFile: null, fetchArticles: false };
}

export function createIngester(config: Config, { store, stories }: Backend) {
  const allowHosts = new Set(config.ingest?.allowHosts ?? []);
  return new Ingester({
    store,
    stories,
    clustering: new ImportClustering(),
    fetchLimits: { allowHosts },
    ...(config.ingest?.fetchArticles
      ? {
          articlePages: new ArticleLedeEnricher({
            articles: store.articles,
            fetcher: new ArticlePageFetcher({ fetchLimits: { allowHosts } }),
          }),
        }
      : {}),
  });
}

export async function ingestCommand(config: Config, feedsFile: string | null): Promise<void> {
  const opened = await openBackend(config);
  try {
    await asSoleWriter(config, opened, async (stories) => {
      const backend = { ...opened, stories };
      const feeds = await loadFeedTargets(backend.store.sources, feedsFile);
      console.log(`Polling ${feeds.length} feed(s)…`);
      const ingester = createIngester(config, backend);
      const seeded = await ingester.seed();
      if (seeded.articles > 0)
        console.log(
          `Clusterer seeded with ${seeded.articles} stored article(s) in ${seeded.stories} story(ies).`,
        );
      const summary = await ingester.runPass(feeds, {
        onFeed: (result, done, total) =>
          console.log(`  [${done}/${total}] ${describeResult(result)}`),
      });
      console.log(formatIngestSummary(summary));
      if (summary.failed > 0 && summary.failed === summary.feeds.length) process.exitCode = 1;
    });
  } finally {
    await opened.close();
  }
}

function describeResult(r: FeedPollResult): string {
  if (r.status === 'failed') return `FAILED ${r.feed.url}: ${printable(r.error ?? '')}`;
  if (r.status === 'not-modified') return `not modified ${r.feed.url}`;
  if (r.status === 'skipped') return `not due ${r.feed.url}`;
  return `ok ${r.feed.url}: ${r.items} item(s), ${r.newArticles} new, ${r.updatedArticles} updated`;
}

export function formatIngestSummary(s: IngestSummary): string {
  const lines = [
    `Feeds: ${s.ok} ok, ${s.notModified} not modified, ${s.failed} failed${s.skipped ? `, ${s.skipped} not due` : ''}`,
    `Articles: ${s.newArticles} new, ${s.updatedArticles} updated; stories touched: ${s.storiesTouched}`,
    ...(s.articlePages ? [formatArticlePages(s.articlePages)] : []),
    `Time: ${(s.millis / 1000).toFixed(1)} s`,
  ];
  const failed = s.feeds.filter((f) => f.status === 'failed');
  if (failed.length > 0) {
    lines.push('Failed feeds:');
    for (const f of failed)
      lines.push(
        `  ${f.feed.url} (${f.feed.sourceId ?? 'no source'}): ${printable(f.error ?? '')}`,
      );
    lines.push(
      "`parallax feeds` shows every feed's health across passes (failures in a row, next try).",
    );
  }
  return lines.join('\n');
}

/** One line for the article pages a pass fetched, with the commonest reasons pages were not had. */
export function formatArticlePages(c: ArticlePageCounts): string {
  const reasons = Object.entries(c.reasons)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 5)
    .map(([reason, n]) => `${n}× ${reason}`);
  const parts = [
    `${c.fetched} fetched`,
    ...(c.reused ? [`${c.reused} shared between feeds`] : []),
    `${c.disallowed} disallowed by robots.txt`,
    ...(c.paced ? [`${c.paced} skipped for Crawl-delay`] : []),
    `${c.failed} failed`,
    ...(c.overLimit ? [`${c.overLimit} over the per-feed limit`] : []),
  ];
  return `Article pages: ${parts.join(', ')}${reasons.length ? ` (${reasons.join('; ')})` : ''}`;
}

export async function feedsCommand(config: Config): Promise<void> {
  const backend = await openBackend(config);
  try {
    const rows = await backend.store.feedHealth.list();
    console.log(formatFeedsTable(rows, systemClock.now()));
  } finally {
    await backend.close();
  }
}

/** A table of feeds, failing ones first, with what went wrong and when they are retried. */
export function formatFeedsTable(rows: readonly FeedHealth[], now: number): string {
  if (rows.length === 0)
    return 'No feed has been polled yet: run `parallax ingest` or `parallax serve`.';
  const sorted = [...rows].sort(
    (a, b) => b.consecutiveFailures - a.consecutiveFailures || a.feedUrl.localeCompare(b.feedUrl),
  );
  const ago = (iso: string | null) => {
    if (!iso) return 'never';
    const minutes = Math.round((now - Date.parse(iso)) / 60_000);
    if (minutes < 0) return `in ${formatMinutes(-minutes)}`;
    return `${formatMinutes(minutes)} ago`;
  };
  const header = [
    'STATUS',
    'SOURCE',
    'FEED',
    'LAST SUCCESS',
    'FAILURES',
    'ITEMS',
    'NEXT POLL',
    'LAST ERROR',
  ];
  const table = sorted.map((r) => [
    r.consecutiveFailures > 0 ? 'FAILING' : r.lastSuccessAt ? 'ok' : 'new',
    r.sourceId ?? '-',
    r.feedUrl,
    ago(r.lastSuccessAt),
    String(r.consecutiveFailures),
    String(r.itemsSeen),
    ago(r.nextPollAt),
    // Stored before errors were made printable at the source (ingest.ts): printed safe here too.
    r.consecutiveFailures > 0 && r.lastError
      ? `${printable(r.lastError)} (${ago(r.lastErrorAt)})`
      : '',
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...table.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const failing = sorted.filter((r) => r.consecutiveFailures > 0).length;
  return [
    line(header),
    ...table.map(line),
    '',
    `${rows.length} feed(s): ${rows.length - failing} healthy, ${failing} failing.`,
  ].join('\n');
}

function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} h`;
  return `${Math.round(minutes / 1440)} d`;
}
