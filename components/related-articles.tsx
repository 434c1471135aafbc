import type { StoryArticle } from '../core/article';
import { sideOf } from '../core/coverage';

type Group = 'left' | 'center' | 'right' | 'unrated';
const GROUPS: { group: Group; name: string }[] = [
  { group: 'left', name: 'Left' },
  { group: 'center', name: 'Center' },
  { group: 'right', name: 'Right' },
  { group: 'unrated', name: 'Unrated' },
];

/** The same story from other outlets, grouped by their leaning. */
export function RelatedArticles({ articles }: { articles: readonly StoryArticle[] }) {
  const byGroup = new Map<Group, StoryArticle[]>(GROUPS.map(({ group }) => [group, []]));
  for (const article of articles)
    byGroup.get(sideOf(article.source?.position ?? null))?.push(article);
  return (
    <section class="card" data-testid="related" aria-labelledby="related-title">
      <h2 id="related-title" class="eyebrow">
        Other outlets on this story
      </h2>
      {GROUPS.map(({ group, name }) => {
        const items = byGroup.get(group) ?? [];
        // An empty side is information (who is not covering it); an empty "unrated" is not.
        if (group === 'unrated' && items.length === 0) return null;
        return (
          <div key={group} class="related__group" data-testid={`related-${group}`}>
            <h3 class="related__heading">
              <span class={`swatch swatch--${group}`} aria-hidden="true" />
              {name} <span class="muted">({items.length})</span>
            </h3>
            {items.length === 0 ? (
              <p class="meta">No {name.toLowerCase()}-leaning outlet found yet.</p>
            ) : (
              <ul class="related__list">
                {items.map((article) => (
                  <li key={article.id}>
                    <span class="related__outlet">
                      {article.source?.name ?? article.outlet ?? 'Unknown outlet'}
                    </span>
                    {article.url ? (
                      <a href={article.url} target="_blank" rel="noopener noreferrer">
                        {article.title}
                      </a>
                    ) : (
                      <span>{article.title}</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}
