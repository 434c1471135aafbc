import type { ClusterArticle } from './clusterer';

/**
 * A long article stream made from real articles, for throughput measurement. Each replay of the
 * base articles renames half of the words (the same half for every article of that replay, so
 * the articles of one story still meet) and drops a tenth at random: replays form stories of
 * their own, as successive days of news would, with a vocabulary that keeps growing.
 * Dates are spread evenly over `spanDays`. Deterministic for a given seed.
 */
export function syntheticStream(
  base: ReadonlyArray<{ title: string; text: string | null }>,
  count: number,
  options: { start: number; spanDays: number; seed?: number },
): ClusterArticle[] {
  let state = (options.seed ?? 1) >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const rename = (word: string, replay: number) => {
    let h = replay * 2654435761;
    for (let i = 0; i < word.length; i += 1) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
    return replay > 0 && (h >>> 0) % 2 === 0 ? `${word}q${replay.toString(36)}` : word;
  };
  const perturb = (text: string, replay: number) =>
    text
      .split(' ')
      .filter(() => random() >= 0.1)
      .map((word) => rename(word, replay))
      .join(' ');
  const step = (options.spanDays * 86_400_000) / count;
  const out: ClusterArticle[] = [];
  for (let i = 0; i < count; i += 1) {
    const article = base[i % base.length] as { title: string; text: string | null };
    const replay = Math.floor(i / base.length);
    out.push({
      id: `synthetic-${i}`,
      title: perturb(article.title, replay),
      text: article.text ? perturb(article.text, replay) : null,
      publishedAt: Math.round(options.start + i * step),
      language: 'en',
    });
  }
  return out;
}
