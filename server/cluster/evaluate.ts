import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { UserFacingError } from '../errors';
import { JsonlArticleLine, publishedAt } from '../import/jsonl-article';
import { type Assignment, type ClusterOptions, OnlineClusterer } from './clusterer';
import { type ClusterMetrics, clusterMetrics } from './metrics';

/** One article of an evaluation file: what the clusterer sees, plus the true story. */
export interface LabelledArticle {
  id: string;
  story: string;
  title: string;
  text: string | null;
  publishedAt: number | null;
  /** The data set's topic label when it has one (used to build the multi-day stream). */
  topic?: string | null;
  /** The outlet's name when the file gives one (`source`). */
  outlet?: string | null;
}

/** Reads a stories JSONL file; lines without a `story` or unreadable are skipped and counted. */
export async function readLabelledArticles(
  file: string,
): Promise<{ articles: LabelledArticle[]; skipped: number }> {
  const articles: LabelledArticle[] = [];
  let skipped = 0;
  let lines: AsyncIterable<string>;
  try {
    lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    for await (const raw of lines) {
      if (raw.trim() === '') continue;
      let json: unknown;
      try {
        json = JSON.parse(raw.replace(/^\uFEFF/, ''));
      } catch {
        skipped += 1;
        continue;
      }
      const parsed = JsonlArticleLine.safeParse(json);
      if (!parsed.success || !parsed.data.story) {
        skipped += 1;
        continue;
      }
      const line = parsed.data;
      const iso = line.published ? publishedAt(line.published) : null;
      articles.push({
        id: line.id,
        story: line.story as string,
        title: line.title,
        text: line.text ?? null,
        publishedAt: iso ? Date.parse(iso) : null,
        topic: topicOf(json),
        outlet: line.source ?? null,
      });
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UserFacingError(`Cannot read ${file}: no such file. Give a .jsonl file.`);
    }
    throw error;
  }
  return { articles, skipped };
}

/** `topic` is not part of the import format (JsonlArticleLine drops it): read it raw. */
function topicOf(json: unknown): string | null {
  const topic = (json as { topic?: unknown }).topic;
  return typeof topic === 'string' && topic.trim() !== '' ? topic.trim() : null;
}

/** `published` order when every article has a date (stable: file order among equals). */
export function streamOrder(articles: readonly LabelledArticle[]): LabelledArticle[] {
  if (articles.some((a) => a.publishedAt === null)) return [...articles];
  return [...articles].sort((a, b) => (a.publishedAt as number) - (b.publishedAt as number));
}

/** Uniform numbers in [0, 1) from a seed (mulberry32): deterministic streams and shuffles. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The articles of one half of the stories, by order of first appearance: contiguous halves (in
 * time for dated files), so each half keeps the stream's density. Tuning and training use half
 * 0; half 1 is what they report.
 */
export function storyHalf(articles: readonly LabelledArticle[], which: 0 | 1): LabelledArticle[] {
  const stories = [...new Set(articles.map((a) => a.story))];
  const keep = new Set(stories.filter((_, i) => (i < stories.length / 2 ? 0 : 1) === which));
  return articles.filter((a) => keep.has(a.story));
}

/** A deterministic shuffle (mulberry32), to check that quality does not hang on file order. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export interface EvaluationResult {
  metrics: ClusterMetrics;
  assignments: Assignment[];
  /** Article id → predicted story id. */
  predicted: Map<string, string>;
  millis: number;
  articlesPerSecond: number;
}

/** Clusters the articles in the given order, ignoring their stories, and scores the result. */
export function evaluateClustering(
  articles: readonly LabelledArticle[],
  options: Partial<ClusterOptions> = {},
  onProgress?: (done: number) => void,
): EvaluationResult {
  const clusterer = new OnlineClusterer(options);
  const assignments: Assignment[] = [];
  const storyOf = new Map<string, string>();
  // Merges rename stories: follow `merged into` links to the current id.
  const mergedInto = new Map<string, string>();
  const started = performance.now();
  for (const [i, article] of articles.entries()) {
    const assignment = clusterer.add({
      id: article.id,
      title: article.title,
      text: article.text,
      publishedAt: article.publishedAt,
      language: null,
      outlet: article.outlet ?? null,
    });
    for (const from of assignment.merged) mergedInto.set(from, assignment.storyId);
    assignments.push(assignment);
    storyOf.set(article.id, assignment.storyId);
    const every = clusterer.options.consolidation?.every;
    if (every !== undefined && ((i + 1) % every === 0 || i === articles.length - 1)) {
      for (const [from, into] of clusterer.consolidate()) mergedInto.set(from, into);
    }
    if (onProgress && (i + 1) % 1000 === 0) onProgress(i + 1);
  }
  const millis = performance.now() - started;
  const resolve = (story: string): string => {
    let current = story;
    for (let next = mergedInto.get(current); next !== undefined; next = mergedInto.get(current)) {
      current = next;
    }
    return current;
  };
  const predicted = new Map([...storyOf].map(([id, story]) => [id, resolve(story)]));
  const truth = new Map(articles.map((a) => [a.id, a.story]));
  return {
    metrics: clusterMetrics(truth, predicted),
    assignments,
    predicted,
    millis,
    articlesPerSecond: articles.length / (millis / 1000),
  };
}
