/**
 * The order stored articles are seeded in (server/cluster/seed.ts). The store gives them oldest
 * first, but the run that placed them met them in its own order (file order for an import), and
 * one constraint of that order is known: an article that opened a story came before every other
 * member of it. Seeding must keep it: the first member seeded into a story makes the story's
 * vector even when it is a syndicated copy (as `add` does for a copy that opens one), while a
 * copy seeded into a story already held only keeps it current. Seeded oldest first, a story whose
 * opener was published after a copy of it (a feed listing newest first) would start from the
 * copy's words, and a resumed import would then decide otherwise than the run it resumes.
 *
 * Each story's opener (`opens`: the article whose id gives the story's id, as new stories are
 * named) moves to just before the story's first member in the given order; everything else keeps
 * its place. A story whose opener is not in the window keeps the given order.
 */
export function openersFirst<T extends { id: string; storyId: string }>(
  articles: readonly T[],
  opens: (article: T) => boolean,
): T[] {
  const openers = new Map<string, T>();
  for (const article of articles) if (opens(article)) openers.set(article.storyId, article);
  const out: T[] = [];
  /** Stories whose opener (or, without one in the window, first member) is placed. */
  const begun = new Set<string>();
  for (const article of articles) {
    const opener = openers.get(article.storyId);
    if (!begun.has(article.storyId)) {
      begun.add(article.storyId);
      if (opener && opener !== article) out.push(opener);
    } else if (opener === article) continue; // placed before the story's first member
    out.push(article);
  }
  return out;
}
