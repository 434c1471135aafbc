import { cosine, stemCounts } from './terms';

export interface TitledArticle {
  id: string;
  title: string;
  publishedAt: string | null;
}

/** Earliest first; undated after every date; then by id. */
export function chronological(a: TitledArticle, b: TitledArticle): number {
  const ta = a.publishedAt ? Date.parse(a.publishedAt) : Number.POSITIVE_INFINITY;
  const tb = b.publishedAt ? Date.parse(b.publishedAt) : Number.POSITIVE_INFINITY;
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The story's representative headline: the title with the highest mean cosine (stemmed content
 * words, stopwords dropped) to the other articles' titles, i.e. the one that shares most with
 * how everybody else titled it. Ties (and a story of one article) go to the earliest article
 * (undated last, then by id). Null for no articles.
 */
export function representativeTitle(articles: readonly TitledArticle[]): string | null {
  const ordered = [...articles].sort(chronological);
  if (ordered.length <= 2) return ordered[0]?.title ?? null;
  const vectors = ordered.map((article) => stemCounts(article.title));
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < ordered.length; i += 1) {
    let sum = 0;
    for (let j = 0; j < ordered.length; j += 1) {
      if (i !== j)
        sum += cosine(vectors[i] as Map<string, number>, vectors[j] as Map<string, number>);
    }
    const score = sum / (ordered.length - 1);
    // Strictly greater (with a small tolerance): ties keep the earlier article.
    if (score > bestScore + 1e-12) {
      best = i;
      bestScore = score;
    }
  }
  return (ordered[best] as TitledArticle).title;
}
