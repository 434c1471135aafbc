import type { Source } from '../../core/source';
import type { Story } from '../../core/story';
import { CoverageBar } from '../shared/coverage-bar';
import { ArticleItem, groupByLeaning } from '../shared/related-articles';
import { plainDates } from '../shared/source-card';
import { longDate } from '../shared/time-ago';
import { CoverageChart } from './coverage-chart';
import { GroupingReason } from './grouping-reason';
import { StoryFraming } from './story-framing';
import { StoryTimeline } from './story-timeline';

const GROUP_NAMES = { left: 'Left', center: 'Center', right: 'Right', unrated: 'Not rated' };

/** The attribution texts of the ratings behind the story's outlets, each once. */
export function attributionsFor(story: Story, sources: readonly Source[]): string[] {
  const ids = new Set(story.articles.map((article) => article.source?.id).filter(Boolean));
  const texts = sources
    .filter((source) => ids.has(source.id))
    .flatMap((source) => source.ratings.map((rating) => rating.attribution));
  return [...new Set(texts)];
}

/** The full story: overview, coverage, framing, every article by leaning, timeline, sources. */
export function StoryPageView({
  story,
  attributions,
  now,
}: {
  story: Story;
  attributions: readonly string[];
  now?: number;
}) {
  const groups = groupByLeaning(story.articles);
  const counts = [...groups.entries()]
    .filter(([group, items]) => group !== 'unrated' || items.length > 0)
    .map(([group, items]) => `${GROUP_NAMES[group]} (${items.length})`);
  return (
    <main class="story-page" data-testid="story-page">
      <header class="story-page__header">
        <p class="eyebrow">Parallax · Story</p>
        <h1 class="story-page__title" data-testid="story-title">
          {story.title}
        </h1>
        <p class="meta">
          {story.coverage.totalOutlets} outlets · {story.articleCount} articles
          {!!story.syndicatedArticles && (
            <span data-testid="syndicated-count">
              {' '}
              ({story.syndicatedArticles} wire or syndicated{' '}
              {story.syndicatedArticles === 1 ? 'copy' : 'copies'})
            </span>
          )}
          {story.firstSeen && <> · first seen {longDate(story.firstSeen)}</>}
          {story.lastUpdated && <> · updated {longDate(story.lastUpdated)}</>}
        </p>
        {story.blindspot && (
          <p class="blindspot" data-testid="blindspot">
            Blindspot: little {story.blindspot} coverage
          </p>
        )}
      </header>

      <div class="story-page__grid">
        <section class="card" aria-labelledby="overview-title" data-testid="overview">
          <h2 id="overview-title" class="section-title">
            Overview
          </h2>
          {story.overview && story.overview.length > 0 ? (
            <ul class="overview">
              {story.overview.map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          ) : (
            <p class="empty" data-testid="overview-empty">
              No overview yet: the articles so far give too little text to summarise. Read them
              below for what happened.
            </p>
          )}
        </section>

        <section class="card" aria-labelledby="coverage-title" data-testid="story-coverage">
          <h2 id="coverage-title" class="section-title">
            Coverage
          </h2>
          <CoverageBar coverage={story.coverage} />
          <CoverageChart coverage={story.coverage} />
        </section>
      </div>

      <StoryFraming
        framing={story.framing}
        opinionPieces={story.articles.filter((article) => article.kind === 'opinion').length}
      />

      <section class="card" aria-labelledby="articles-title" data-testid="story-articles">
        <h2 id="articles-title" class="section-title" data-testid="articles-heading">
          Articles ({story.articles.length}) · {counts.join(' · ')}
        </h2>
        <GroupingReason grouping={story.grouping} articleCount={story.articleCount} />
        <div class="story-page__columns">
          {[...groups.entries()].map(([group, items]) =>
            group === 'unrated' && items.length === 0 ? null : (
              <div key={group} class="related__group" data-testid={`articles-${group}`}>
                <h3 class="related__heading">
                  <span class={`swatch swatch--${group}`} aria-hidden="true" />
                  {GROUP_NAMES[group]} <span class="muted">({items.length})</span>
                </h3>
                {items.length === 0 ? (
                  <p class="meta">No {GROUP_NAMES[group].toLowerCase()}-leaning outlet yet.</p>
                ) : (
                  <ul class="related__list">
                    {items.map((article) => (
                      <ArticleItem
                        key={article.id}
                        article={article}
                        story={story.articles}
                        now={now}
                      />
                    ))}
                  </ul>
                )}
              </div>
            ),
          )}
        </div>
      </section>

      <StoryTimeline articles={story.articles} />

      <section class="card" aria-labelledby="ratings-title" data-testid="story-attribution">
        <h2 id="ratings-title" class="section-title">
          Where the ratings come from
        </h2>
        <p class="meta">
          Each outlet's position is the median of the ratings in Parallax's catalog, placed on a
          7-point scale from Far Left to Far Right. Coverage counts distinct outlets, not articles;
          an outlet that runs a wire's story ("via AP") counts too, since it chose to carry it.
        </p>
        {attributions.length === 0 ? (
          <p class="meta">None of this story's outlets is rated in the catalog.</p>
        ) : (
          attributions.map((text) => (
            <p key={text} class="attribution" data-testid="attribution">
              {plainDates(text)}
            </p>
          ))
        )}
        <p class="meta" data-testid="story-privacy">
          You opened this page, so Parallax asked your backend for this one story by its id. Reading
          an article only ever asks about a bucket of many articles (PRIVACY.md).
        </p>
      </section>
    </main>
  );
}
