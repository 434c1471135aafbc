import type { Story } from '../core/story';
import { CoverageBar } from './coverage-bar';

/** How the rest of the press tells the story: its headline and coverage split. */
export function StoryCard({ story }: { story: Story }) {
  const outlets = story.coverage.totalOutlets;
  return (
    <section class="card" data-testid="story-card" aria-labelledby="story-title">
      <p class="eyebrow">Story</p>
      <h2 id="story-title" class="card__title card__title--headline" data-testid="story-title">
        {story.title}
      </h2>
      <p class="meta" data-testid="outlet-count">
        Covered by {outlets} {outlets === 1 ? 'outlet' : 'outlets'} · {story.articleCount}{' '}
        {story.articleCount === 1 ? 'article' : 'articles'}
      </p>
      <CoverageBar coverage={story.coverage} />
    </section>
  );
}
