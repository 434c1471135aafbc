import type { Article } from '../../core/article';
import { ArticleKind } from '../../core/article-kind';
import { Wire } from '../../core/wire';
import type { ArticlesTable } from './schema';

/** The articles columns an `Article` is read from (`articleFromRow`); queries add what else they need. */
export const ARTICLE_COLUMNS = [
  'id',
  'url',
  'title',
  'outlet',
  'source_id',
  'published_at',
  'story_id',
  'kind',
] as const;

/** The columns of `ARTICLE_COLUMNS`, typed as the table declares them. */
export type ArticleRow = Pick<ArticlesTable, (typeof ARTICLE_COLUMNS)[number]>;

export function articleFromRow(row: ArticleRow): Article {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    outlet: row.outlet,
    sourceId: row.source_id,
    publishedAt: row.published_at,
    storyId: row.story_id,
    // Unknown (NULL, or a kind this version does not know) is left out: taken as news.
    ...kindOf(row.kind),
  };
}

function kindOf(value: string | null): Pick<Article, 'kind'> {
  const parsed = ArticleKind.safeParse(value);
  return parsed.success ? { kind: parsed.data } : {};
}

/** A stored wire id as the contract knows it; an id this version does not know reads as none. */
export function wireOf(value: string | null | undefined): Wire | null {
  const parsed = Wire.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Oldest first by `key`, ties by id compared as code units, so both dialects give one order. */
export function oldestFirst<T extends { id: string }>(rows: T[], key: (row: T) => string): T[] {
  return rows.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) return ka < kb ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** In chunks: PostgreSQL and SQLite both cap the number of bound parameters. */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
