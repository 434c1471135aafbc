import { z } from 'zod';
import { Article } from '../../core/article';
import { canonicalizeUrl } from '../../core/url';
import { withoutNul } from '../ingest/article-caps';
import type { ArticleInput } from '../store/records';

/**
 * One line of the stories JSONL format (as in the NewsEdits/NeuS data sets Parallax is tried
 * on). Extra keys such as `topic` are ignored; `side` is the data set's own label and is not
 * trusted: the outlet's leaning comes from the catalog.
 */
export const JsonlArticleLine = z.object({
  id: z.string().trim().min(1),
  story: z.string().trim().min(1).nullish(),
  title: z.string().trim().min(1),
  text: z.string().nullish(),
  url: z.string().trim().min(1).nullish(),
  source: z.string().trim().min(1).nullish(),
  side: z.string().nullish(),
  published: z.string().trim().min(1).nullish(),
  /** The article's byline or credit line, as a feed's author field (names a wire: server/wire/). */
  byline: z.string().trim().max(300).nullish(),
});
export type JsonlArticleLine = z.infer<typeof JsonlArticleLine>;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A date (taken as midnight UTC) or a date-time, as ISO 8601 UTC; null when unreadable. */
export function publishedAt(value: string): string | null {
  const date = new Date(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** How the importer finds an article's outlet: by URL first, else by the outlet's name. */
export interface SourceResolver {
  byUrl(url: string): string | null;
  byName(name: string): string | null;
}

export type LineResult =
  | { ok: true; article: ArticleInput; byline: string | null }
  | { ok: false; reason: string };

/** Turns one raw line into an article to store, or says in a few words why it cannot. */
export function articleFromLine(raw: string, sources: SourceResolver): LineResult {
  let json: unknown;
  try {
    // NUL dropped from every string as it is read: see withoutNul.
    json = JSON.parse(raw, (_key, value: unknown) =>
      typeof value === 'string' ? withoutNul(value) : value,
    );
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  const parsed = JsonlArticleLine.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.');
    return { ok: false, reason: field ? `missing or invalid "${field}"` : 'not a JSON object' };
  }
  const line = parsed.data;
  const url = line.url ? canonicalizeUrl(line.url) : null;
  if (line.url && !url) return { ok: false, reason: 'invalid "url" (not an http(s) URL)' };
  const published = line.published ? publishedAt(line.published) : null;
  if (line.published && !published) return { ok: false, reason: 'invalid "published" date' };
  const sourceId =
    (url ? sources.byUrl(url) : null) ?? (line.source ? sources.byName(line.source) : null);
  const article: ArticleInput = {
    id: line.id,
    url,
    title: line.title,
    outlet: line.source ?? null,
    sourceId,
    publishedAt: published,
    storyId: line.story ?? null,
    text: line.text ?? null,
  };
  // What is stored must be servable: the API checks every article against the contract.
  const servable = Article.safeParse(article);
  if (!servable.success) {
    return { ok: false, reason: `invalid "${servable.error.issues[0]?.path.join('.')}"` };
  }
  return { ok: true, article, byline: line.byline || null };
}
