import { existsSync } from 'node:fs';
import { bundledSources } from '../core/bundled-catalog';
import type { Source } from '../core/source';
import { readLabelledArticles } from '../server/cluster/evaluate';
import { REAL_STORIES } from './synthetic-window';

/** One synthetic article, in the shape the store's article writes take. */
export interface SyntheticArticle {
  id: string;
  url: string;
  title: string;
  outlet: string;
  sourceId: string;
  publishedAt: string;
  storyId: string;
  text: string;
}

/** Real headlines and ledes to vary (the roundups when ../shared/data is there). */
interface Seed {
  title: string;
  text: string;
}

const FALLBACK_SEEDS: Seed[] = [
  {
    title: 'Senate passes sweeping infrastructure bill after weeks of negotiation',
    text: 'The Senate on Tuesday approved a bipartisan infrastructure package that would send billions to roads, bridges and broadband. The measure now heads to the House, where its fate is less certain.',
  },
  {
    title: 'Supreme Court hears arguments over state abortion restrictions',
    text: 'The justices weighed whether a state may ban most abortions after six weeks of pregnancy. Several conservative justices signalled openness to the law, while the liberal wing warned of the consequences.',
  },
  {
    title: 'Central bank raises interest rates to fight persistent inflation',
    text: 'Policymakers raised the benchmark rate by half a percentage point, the largest increase in two decades. Officials said further increases were likely as prices continue to climb.',
  },
];

const SECTIONS = ['politics', 'world', 'us', 'business', 'opinion', 'health', 'tech', 'news'];
/**
 * Story sizes, drawn uniformly: 20 articles over 6 draws, 3⅓ on average, so a million articles
 * make about 300k stories (issue 15). One story in six is a single article, as real coverage
 * has (a story only one outlet ran); the largest stories have five.
 */
const STORY_SIZES = [1, 2, 3, 4, 5, 5] as const;
const DAY_MS = 86_400_000;

/**
 * `count` articles in stories of 1–5 articles (STORY_SIZES: 3⅓ on average), each story from distinct
 * catalog outlets across the bias scale: headlines and ledes are real ones (the roundups) with
 * a few words swapped for other real words, URLs are each outlet's own host with a dated path
 * and a slug of the headline, dates spread over a year. Deterministic. Yields batches, so a
 * caller can insert a million without holding them all.
 */
export async function* syntheticArticles(
  count: number,
  batchSize: number,
): AsyncGenerator<SyntheticArticle[]> {
  const seeds = await readSeeds();
  const words = [...new Set(seeds.flatMap((seed) => seed.title.split(/\s+/)))].filter((word) =>
    /^[A-Za-z]{4,}$/.test(word),
  );
  const sources = bundledSources.filter((source) => source.domains.length > 0);
  let state = 0x9e3779b9;
  const random = () => {
    state = (Math.imul(state ^ (state >>> 15), 2246822507) + 0x6d2b79f5) >>> 0;
    return state / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const vary = (text: string) =>
    text
      .split(' ')
      .map((word) => (random() < 0.15 ? pick(words) : word))
      .join(' ');
  const start = Date.parse('2025-01-01T00:00:00Z');

  let batch: SyntheticArticle[] = [];
  let made = 0;
  for (let story = 0; made < count; story += 1) {
    const size = Math.min(count - made, pick(STORY_SIZES));
    const seed = pick(seeds);
    const storyAt = start + Math.floor(random() * 365 * DAY_MS);
    const outlets = distinct(size, () => pick(sources));
    for (let i = 0; i < size; i += 1) {
      const source = outlets[i] as Source;
      const at = new Date(storyAt + Math.floor(random() * DAY_MS));
      const title = vary(seed.title);
      const id = `syn-${made.toString(36)}`;
      batch.push({
        id,
        url: articleUrl(source, at, title, id, pick(SECTIONS)),
        title,
        outlet: source.name,
        sourceId: source.id,
        publishedAt: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        storyId: `syn-story-${story.toString(36)}`,
        text: vary(seed.text),
      });
      made += 1;
      if (batch.length === batchSize) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

function articleUrl(source: Source, at: Date, title: string, id: string, section: string): string {
  const date = at.toISOString().slice(0, 10).replaceAll('-', '/');
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 70);
  return `https://www.${source.domains[0]}/${date}/${section}/${slug}-${id}`;
}

function distinct<T>(size: number, next: () => T): T[] {
  const out = new Set<T>();
  // The catalog has hundreds of outlets: a handful of tries always finds `size` distinct ones.
  while (out.size < size) out.add(next());
  return [...out];
}

async function readSeeds(): Promise<Seed[]> {
  if (!existsSync(REAL_STORIES)) return FALLBACK_SEEDS;
  const { articles } = await readLabelledArticles(REAL_STORIES);
  // A feed's description or a page's lede, not the full text: what ingest stores most of.
  return articles.map((article) => ({
    title: article.title,
    text: (article.text ?? article.title).slice(0, 600),
  }));
}
