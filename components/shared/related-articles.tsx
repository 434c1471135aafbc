import { useState } from 'preact/hooks';
import type { StoryArticle } from '../../core/article';
import { type Coverage, sideOf } from '../../core/coverage';
import { ArticleKindLabel } from './article-kind-label';
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

/** The outlet an article counts for in coverage: its catalog source, else its own name. */
function outletKey(article: StoryArticle): string {
  return article.sourceId ?? article.source?.id ?? article.outlet ?? article.id;
}

/** One article in a list: outlet, its kind if not news, its bias chip, whose text it is if not its own, headline, age. */
export function ArticleItem({
  article,
  story = [],
  now,
  reading = false,
}: {
  article: StoryArticle;
  /** Every article of the story, to name the outlet a copy was taken from. */
  story?: readonly StoryArticle[];
  now?: number;
  /** The article open in the reader's tab: marked, not linked. */
  reading?: boolean;
}) {
  return (
    <li
      class={`article-item${reading ? ' article-item--reading' : ''}`}
      data-testid={reading ? 'reading-this' : undefined}
    >
      <span class="article-item__meta">
        <span class="article-item__outlet">
          {article.source?.name ?? article.outlet ?? 'Unknown outlet'}
        </span>
        <ArticleKindLabel kind={article.kind} />
        <BiasChip position={article.source?.position ?? null} />
        <CopyNote article={article} story={story} />
        {/* The reader has the headline in front of them: their own article is one line. */}
        {reading && <strong class="article-item__reading">You're reading this</strong>}
        {!reading && article.publishedAt && (
          <time
            class="article-item__time"
            dateTime={article.publishedAt}
            title={longDate(article.publishedAt)}
            data-testid="time-ago"
          >
            {timeAgo(article.publishedAt, now)}
          </time>
        )}
      </span>
      {reading ? null : article.url ? (
        <a href={article.url} target="_blank" rel="noopener noreferrer">
          {article.title}
        </a>
      ) : (
        <span>{article.title}</span>
      )}
    </li>
  );
}

/**
 * The story's coverage grouped by leaning, filterable by side. Each group's count is the
 * coverage's count of distinct outlets on that side (the same number the coverage bar shows),
 * and its list holds the articles the preview carries, the reader's own marked "You're reading
 * this": where the story has more outlets on a side than the preview lists (it carries
 * PREVIEW_ARTICLES_PER_SIDE per side), the group says how many more the story page has.
 */
export function RelatedArticles({
  articles,
  coverage,
  readingId = null,
  readingUrl = null,
  story = articles,
  now,
  perSide = Number.POSITIVE_INFINITY,
}: {
  articles: readonly StoryArticle[];
  /** How many articles each side lists in the "All" view (the popup's first screen). */
  perSide?: number;
  /** The story's coverage: the groups' counts. Without it, the lists' own outlet counts. */
  coverage?: Coverage;
  /** The article open in the reader's tab, by id or URL. */
  readingId?: string | null;
  readingUrl?: string | null;
  /** Every article of the story, to name the outlet a copy was taken from. */
  story?: readonly StoryArticle[];
  now?: number;
}) {
  const [filter, setFilter] = useState<Filter>('all');
  const byGroup = groupByLeaning(articles);
  const isReading = (article: StoryArticle) =>
    (readingId !== null && article.id === readingId) ||
    (readingUrl !== null && article.url === readingUrl);
  return (
    <section class="card" data-testid="related" aria-labelledby="related-title">
      <div class="related__top">
        <h2 id="related-title" class="eyebrow">
          By leaning
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
        const listed = new Set(items.map(outletKey)).size;
        const count = coverage ? Math.max(coverage.threeWay[group], listed) : listed;
        // An empty side is information (who is not covering it); an empty "unrated" is not.
        if (group === 'unrated' && count === 0) return null;
        const more = count - listed;
        // The reader's own article always shows; the rest up to `perSide` in the "All" view.
        const limit = filter === 'all' && group !== 'unrated' ? perSide : Number.POSITIVE_INFINITY;
        const others = items.filter((article) => !isReading(article));
        // The reader's own first: it is where they are, and the group's others follow.
        const shown = [...items.filter(isReading), ...others.filter((_, index) => index < limit)];
        const hidden = items.length - shown.length;
        return (
          <div key={group} class="related__group" data-testid={`related-${group}`}>
            <h3 class="related__heading">
              <span class={`swatch swatch--${group}`} aria-hidden="true" />
              {name}{' '}
              <span class="muted" data-testid="related-count">
                ({count} {count === 1 ? 'outlet' : 'outlets'})
              </span>
            </h3>
            {count === 0 ? (
              <p class="meta">No {name.toLowerCase()}-leaning outlet found yet.</p>
            ) : (
              <ul class="related__list">
                {shown.map((article) => (
                  <ArticleItem
                    key={article.id}
                    article={article}
                    story={story}
                    now={now}
                    reading={isReading(article)}
                  />
                ))}
              </ul>
            )}
            {hidden > 0 && group !== 'unrated' && (
              <button
                type="button"
                class="link-button"
                data-testid="related-show-side"
                onClick={() => setFilter(group)}
              >
                Show {hidden} more {name.toLowerCase()}
              </button>
            )}
            {more > 0 && (
              <p class="meta" data-testid="related-more">
                and {more} more {more === 1 ? 'outlet' : 'outlets'} on the story page
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
