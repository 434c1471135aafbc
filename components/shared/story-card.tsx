import type { StoryPreview } from '../../core/story';
import { CoverageBar } from './coverage-bar';

const SIDE_NAMES = { left: 'left', center: 'center', right: 'right' } as const;

/**
 * How the rest of the press tells the story: headline, blindspot, overview and coverage, all
 * from the preview the lookup answered with (the full story is the story page's).
 */
export function StoryCard({
  story,
  onOpenStory,
}: {
  story: StoryPreview;
  onOpenStory?: () => void;
}) {
  const outlets = story.coverage.totalOutlets;
  return (
    <section class="card" data-testid="story-card" aria-labelledby="story-title">
      <div class="story-card__top">
        <p class="eyebrow">Story</p>
        {story.blindspot && (
          <span class="blindspot" data-testid="blindspot">
            Blindspot: little {SIDE_NAMES[story.blindspot]} coverage
          </span>
        )}
      </div>
      <h2 id="story-title" class="card__title card__title--headline" data-testid="story-title">
        {story.title}
      </h2>
      <p class="meta" data-testid="outlet-count">
        Covered by {outlets} {outlets === 1 ? 'outlet' : 'outlets'} · {story.articleCount}{' '}
        {story.articleCount === 1 ? 'article' : 'articles'}
      </p>
      {story.overview.length > 0 && (
        <ul class="overview" data-testid="story-overview">
          {story.overview.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      )}
      <CoverageBar coverage={story.coverage} />
      {onOpenStory && (
        <button
          type="button"
          class="button button--primary"
          data-testid="open-story"
          onClick={onOpenStory}
        >
          Open full story
        </button>
      )}
    </section>
  );
}
