import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { ClusteringWrites } from '../cluster/import-clustering';
import { UserFacingError } from '../errors';
import { capArticle } from '../ingest/article-caps';
import type { ArticleInput } from '../store/records';
import type { SourcesPart } from '../store/sources-part';
import type { StoryService } from '../stories/story-service';
import { FIRST_LINES_KEPT, type ImportSummary } from './import-summary';
import { articleFromLine, type SourceResolver } from './jsonl-article';

export interface ImportOptions {
  /** Articles per transaction: a failure loses at most this batch, never part of it. */
  batchSize?: number;
  /** Called every `progressEvery` lines, e.g. to show progress on a terminal. */
  onProgress?: (linesRead: number) => void;
  progressEvery?: number;
  /**
   * Places articles that come without a story (see server/cluster/import-clustering.ts); articles
   * with a `story` keep it. Without this option they are stored without a story.
   */
  clustering?: {
    assign(article: ArticleInput): ArticleInput;
    /**
     * What placing the batch left to store with it (merged stories' articles, stored again and
     * not counted; assignments), in the batch's transaction.
     */
    takeWrites(): ClusteringWrites;
  };
  /**
   * Awaited once, before the first article without a story is placed (not at all when every
   * article brings its story): e.g. seeding the clusterer with the stored stories' articles.
   */
  beforeClustering?: () => Promise<unknown>;
  /**
   * Attributes every article to a wire or marks it a near-copy (server/wire/WireDetector), in
   * file order, before clustering. Without this option articles are stored unattributed.
   */
  wires?: { attribute(article: ArticleInput, byline: string | null): ArticleInput };
}

export class ImportError extends UserFacingError {
  override readonly name = 'ImportError';
}

/** Where an import reads outlets from and writes articles to (one Store, one story service). */
export interface ImportTarget {
  store: { sources: Pick<SourcesPart, 'list' | 'match'> };
  stories: Pick<StoryService, 'storeArticles'>;
}

/**
 * Streams a JSONL file of articles into the store. Titles and texts longer than the caps
 * (ingest/article-caps.ts) are cut and counted. Lines that cannot be read are counted with
 * their reason and line number and the import goes on; a batch the database refuses stops the
 * import with a message saying which lines were and were not saved.
 */
export async function importJsonl(
  { store, stories }: ImportTarget,
  file: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const { batchSize = 500, onProgress, progressEvery = 500, clustering } = options;
  let prepared = options.beforeClustering === undefined;
  const cameWithoutStory = new Set<string>();
  await assertReadableFile(file);
  const started = Date.now();
  const sources = await sourceResolver(store.sources);
  const summary: ImportSummary = {
    file,
    linesRead: 0,
    blankLines: 0,
    imported: 0,
    updated: 0,
    stories: 0,
    withoutStory: 0,
    matchedSources: 0,
    capped: 0,
    rejected: new Map(),
    millis: 0,
  };
  const storyIds = new Set<string>();
  let batch: ArticleInput[] = [];
  let batchFirstLine = 1;

  const flush = async () => {
    if (batch.length === 0) return;
    try {
      // The batch, what clustering it left to store and its stories' views: one transaction.
      const result = await stories.storeArticles(batch, clustering?.takeWrites());
      summary.imported += result.inserted;
      summary.updated += result.updated;
    } catch (error) {
      throw new ImportError(
        `Import stopped: lines ${batchFirstLine}–${summary.linesRead} of ${file} could not be ` +
          `stored (${(error as Error).message}). None of those lines were saved; the ` +
          `${summary.imported + summary.updated} articles before them were. Fix the cause and run ` +
          'the import again: articles already stored are updated, not duplicated.',
      );
    }
    for (const article of batch) {
      if (cameWithoutStory.has(article.id)) summary.withoutStory += 1;
      if (article.storyId) storyIds.add(article.storyId);
      if (article.sourceId) summary.matchedSources += 1;
    }
    batch = [];
    cameWithoutStory.clear();
    batchFirstLine = summary.linesRead + 1;
  };

  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const rawLine of lines) {
    summary.linesRead += 1;
    const lineNumber = summary.linesRead;
    if (onProgress && lineNumber % progressEvery === 0) onProgress(lineNumber);
    const text = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
    if (text.trim() === '') {
      summary.blankLines += 1;
      continue;
    }
    const result = articleFromLine(text, sources);
    if (!result.ok) {
      const entry = summary.rejected.get(result.reason) ?? { count: 0, firstLines: [] };
      entry.count += 1;
      if (entry.firstLines.length < FIRST_LINES_KEPT) entry.firstLines.push(lineNumber);
      summary.rejected.set(result.reason, entry);
      continue;
    }
    const { article: capped, capped: wasCapped } = capArticle(result.article);
    if (wasCapped) summary.capped += 1;
    let article = options.wires ? options.wires.attribute(capped, result.byline) : capped;
    if (!article.storyId) {
      cameWithoutStory.add(article.id);
      if (clustering) {
        if (!prepared) {
          prepared = true;
          await options.beforeClustering?.();
        }
        article = clustering.assign(article);
      }
    }
    batch.push(article);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  summary.stories = storyIds.size;
  summary.millis = Date.now() - started;
  return summary;
}

async function assertReadableFile(file: string): Promise<void> {
  try {
    if ((await stat(file)).isFile()) return;
  } catch {
    throw new ImportError(`Cannot read ${file}: no such file. Give the path to a .jsonl file.`);
  }
  throw new ImportError(`Cannot read ${file}: it is not a file. Give the path to a .jsonl file.`);
}

/**
 * Outlet names in data sets are the raters' entries ("CNN (Online News)") or aliases ("NYT") as
 * often as the outlet's own name ("CNN"), so all are matched, case-insensitively. A source's own
 * name wins over another source's alias.
 */
async function sourceResolver(
  sources: Pick<SourcesPart, 'list' | 'match'>,
): Promise<SourceResolver> {
  const byName = new Map<string, string>();
  for (const source of await sources.list()) {
    byName.set(source.name.toLowerCase(), source.id);
    const otherNames = [...(source.aliases ?? []), ...source.ratings.map((r) => r.entry)];
    for (const name of otherNames) {
      if (name && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), source.id);
    }
  }
  return {
    byUrl: (url) => sources.match(url)?.id ?? null,
    byName: (name) => byName.get(name.trim().toLowerCase()) ?? null,
  };
}
