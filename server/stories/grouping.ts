import type { StoryGrouping } from '../../core/story';
import type { StoryArticleRecord } from '../store/records';

/** Shared terms a story's grouping names, most shared first. */
export const GROUPING_TERMS = 5;

/**
 * Why a story's articles are together, from the clusterer's assignments (story_assignments):
 * how many of them it placed here, and the terms most of those placements shared with the
 * story, by how many placements name each (ties: the better rank in the placements, then
 * first seen). Null when the clusterer placed none: the articles came with their story (an
 * import's own grouping), and nothing Parallax computed says why.
 */
export function groupingOf(articles: readonly StoryArticleRecord[]): StoryGrouping | null {
  const placed = articles.filter((article) => article.assignment);
  if (placed.length === 0) return null;
  const tally = new Map<string, { count: number; rankSum: number; shown: string }>();
  for (const article of placed) {
    const seen = new Set<string>();
    (article.assignment?.terms ?? []).forEach((term, rank) => {
      // One term in two spellings ("Gaza", "gaza") counts once, shown as first met.
      const key = term.trim().toLowerCase();
      if (key === '' || seen.has(key)) return;
      seen.add(key);
      const entry = tally.get(key);
      if (entry) {
        entry.count += 1;
        entry.rankSum += rank;
      } else tally.set(key, { count: 1, rankSum: rank, shown: term.trim() });
    });
  }
  const ranked = [...tally.values()]
    .map((entry, order) => ({ ...entry, order }))
    .sort(
      (a, b) => b.count - a.count || a.rankSum / a.count - b.rankSum / b.count || a.order - b.order,
    )
    .map((entry) => entry.shown);
  // The clusterer weighs words and phrases both: "great", "lakes" and "great lakes" say one
  // thing, so a word inside a listed phrase is left to the phrase.
  const padded = (term: string) => ` ${term.toLowerCase()} `;
  const phrases = ranked.filter((term) => term.includes(' ')).map(padded);
  const terms = ranked
    .filter((term) => !phrases.some((p) => p !== padded(term) && p.includes(padded(term))))
    .slice(0, GROUPING_TERMS);
  return { placed: placed.length, terms };
}
