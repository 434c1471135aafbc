import { useState } from 'preact/hooks';
import type { StoryArticle } from '../../core/article';
import { sideOf } from '../../core/coverage';
import { BiasChip } from './bias-chip';
import { CopyNote } from './copy-note';
import { longDate, timeAgo } from './time-ago';

type Group = 'left' | 'center' | 'right' | 'unrated';
type Filter = 'all' | Exclude<Group, 'unrated'>;
const GROUPS: { group: Group; name: string }[] = [
  { group: 'left', name: 'Left' },
  { group: 'center', name: 'Center' },
  { group: 'right', name: 'Right' },
  { group: 'unrated', name: 'Unrated' },
];
const FILTERS: { filter: Filter; name: string }[] = [
  { filter: 'all', name: 'All' },
  { filter: 'left', name: 'Left' },
  { filter: 'center', name: 'Center' },
  { filter: 'right', name: 'Right' },
];

export function groupByLeaning(articles: readonly StoryArticle[]): Map<Group, StoryArticle[]> {
  const byGroup = new Map<Group, StoryArticle[]>(GROUPS.map(({ group }) => [group, []]));
  for (const article of articles)
    byGroup.get(sideOf(article.source?.position ?? null))?.push(article);
  return byGroup;
}

/** One article in a list: outlet, its bias chip, whose text it is if not its own, headline, age. */
export function ArticleItem({
  article,
  story = [],
  now,
}: {
  article: StoryArticle;
  /** Every article of the story, to name the outlet a copy was taken from. */
  story?: readonly StoryArticle[];
  now?: number;
}) {
  return (
    <li class="article-item">
      <span class="article-item__meta">
        <span class="article-item__outlet">
          {article.source?.name ?? article.outlet ?? 'Unknown outlet'}
        </span>
        <BiasChip position={article.source?.position ?? null} />
        <CopyNote article={article} story={story} />
      </span>
      {article.url ? (
        <a href={article.url} target="_blank" rel="noopener noreferrer">
          {article.title}
        </a>
      ) : (
        <span>{article.title}</span>
      )}
      {article.publishedAt && (
        <time
          class="article-item__time"
          dateTime={article.publishedAt}
          title={longDate(article.publishedAt)}
          data-testid="time-ago"
        >
          {timeAgo(article.publishedAt, now)}
        </time>
      )}
    </li>
  );
}

/** The same story from other outlets, grouped by their leaning, filterable by side. */
export function RelatedArticles({
  articles,
  story = articles,
  now,
}: {
  articles: readonly StoryArticle[];
  /** Every article of the story (the listed ones may leave out the one being read). */
  story?: readonly StoryArticle[];
  now?: number;
}) {
  const [filter, setFilter] = useState<Filter>('all');
  const byGroup = groupByLeaning(articles);
  return (
    <section class="card" data-testid="related" aria-labelledby="related-title">
      <div class="related__top">
        <h2 id="related-title" class="eyebrow">
          Other outlets on this story
        </h2>
        <fieldset class="filters">
          <legend class="visually-hidden">Show outlets by leaning</legend>
          {FILTERS.map((f) => (
            <button
              key={f.filter}
              type="button"
              class="filters__button"
              aria-pressed={filter === f.filter}
              data-testid={`filter-${f.filter}`}
              onClick={() => setFilter(f.filter)}
            >
              {f.name}
            </button>
          ))}
        </fieldset>
      </div>
      {GROUPS.map(({ group, name }) => {
        const items = byGroup.get(group) ?? [];
        if (filter !== 'all' && filter !== group) return null;
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
                  <ArticleItem key={article.id} article={article} story={story} now={now} />
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}
