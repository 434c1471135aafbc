import type { Side } from '../../core/coverage';
import type { StoryFraming as Framing } from '../../core/story';

const SIDES: { side: Side; name: string }[] = [
  { side: 'left', name: 'Left' },
  { side: 'center', name: 'Center' },
  { side: 'right', name: 'Right' },
];

/** "How each side tells it": the words that set one side's coverage apart from the others'. */
export function StoryFraming({
  framing,
  opinionPieces = 0,
}: {
  framing: Framing | null | undefined;
  /** Opinion articles in the story: left out of framing by the backend (server/stories/story-data.ts). */
  opinionPieces?: number;
}) {
  return (
    <section class="card" aria-labelledby="framing-title" data-testid="framing">
      <h2 id="framing-title" class="section-title">
        How each side tells it
      </h2>
      <p class="meta">
        Framing terms are the words and phrases that appear far more often in one side's headlines
        and text than in the others'. They show emphasis, not whether a side is right.
      </p>
      {opinionPieces > 0 && (
        <p class="meta" data-testid="framing-opinion-note">
          {opinionPieces === 1 ? 'The opinion piece is' : `The ${opinionPieces} opinion pieces are`}{' '}
          left out: a column's words are its writer's, not how its side reports the story.
        </p>
      )}
      {framing ? (
        <div class="framing">
          {SIDES.map(({ side, name }) => (
            <div key={side} class="framing__side" data-testid={`framing-${side}`}>
              <h3 class="related__heading">
                <span class={`swatch swatch--${side}`} aria-hidden="true" />
                {name}
              </h3>
              {framing[side].length === 0 ? (
                <p class="meta">Too little {name.toLowerCase()} coverage to tell.</p>
              ) : (
                <ul class="terms">
                  {framing[side].map((term) => (
                    <li key={term} class="terms__term">
                      {term}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      ) : (
        <p class="empty" data-testid="framing-empty">
          Not enough text yet from both left- and right-leaning outlets to compare how they tell
          this story. Nothing is shown rather than a guess.
        </p>
      )}
    </section>
  );
}
