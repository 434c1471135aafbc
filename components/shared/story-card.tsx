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
  compact = false,
}: {
  story: StoryPreview;
  onOpenStory?: () => void;
  /** Popup and badge: the overview behind a disclosure, so the coverage stays in view. */
  compact?: boolean;
}) {
  const outlets = story.coverage.totalOutlets;
  const unrated = story.coverage.threeWay.unrated;
  return (
    <section class="card" data-testid="story-card" aria-labelledby="story-title">
      <div class="story-card__top">
        <p class="eyebrow">Story</p>
        {story.blindspot && (
          <span class="blindspot" data-testid="blindspot">
            Blindspot: little {SIDE_NAMES[story.blindspot]} coverage
          </span>
        )}
        {/* Compact: the main action beside the heading, in the first screen whatever follows. */}
        {onOpenStory && compact && <OpenStory onOpenStory={onOpenStory} />}
      </div>
      <h2 id="story-title" class="card__title card__title--headline" data-testid="story-title">
        {story.title}
      </h2>
      <p class="meta" data-testid="outlet-count">
        Covered by {outlets} {outlets === 1 ? 'outlet' : 'outlets'} · {story.articleCount}{' '}
        {story.articleCount === 1 ? 'article' : 'articles'}
        {/* Compact: the bar's "not counted in the split" note, said here on the same line. */}
        {compact && unrated > 0 && (
          <span title="Unrated outlets are not counted in the left/center/right split">
            {' '}
            · {unrated} unrated
          </span>
        )}
      </p>
      {!compact && <Overview sentences={story.overview} />}
      <CoverageBar coverage={story.coverage} showUnrated={!compact} />
      {onOpenStory && !compact && <OpenStory onOpenStory={onOpenStory} />}
    </section>
  );
}

/** The overview behind a disclosure: the popup and the badge show it after the coverage. */
export function OverviewDisclosure({ story }: { story: StoryPreview }) {
  if (story.overview.length === 0) return null;
  return (
    <details class="card story-card__overview" data-testid="story-overview-details">
      <summary>What happened</summary>
      <Overview sentences={story.overview} />
    </details>
  );
}

function Overview({ sentences }: { sentences: readonly string[] }) {
  if (sentences.length === 0) return null;
  return (
    <ul class="overview" data-testid="story-overview">
      {sentences.map((sentence) => (
        <li key={sentence}>{sentence}</li>
      ))}
    </ul>
  );
}

function OpenStory({ onOpenStory }: { onOpenStory: () => void }) {
  return (
    <button
      type="button"
      class="button button--primary story-card__open"
      data-testid="open-story"
      onClick={onOpenStory}
    >
      Open full story
    </button>
  );
}
