import { biasName } from '../core/bias';
import type { Source } from '../core/source';
import { BiasScale } from './bias-scale';

/** Who is telling the story: the outlet, its combined bias, and each rater's own verdict. */
export function SourceCard({ source }: { source: Source }) {
  const attributions = [...new Set(source.ratings.map((rating) => rating.attribution))];
  return (
    <section class="card" data-testid="source-card" aria-labelledby="source-name">
      <p class="eyebrow">Source</p>
      <h2 id="source-name" class="card__title" data-testid="source-name">
        {source.name}
      </h2>
      <p class="bias-label" data-testid="bias-label">
        {source.position === null ? 'Not rated yet' : biasName(source.position)}
      </p>
      <BiasScale position={source.position} />
      {source.ratersDisagree && (
        <p class="note note--warn" data-testid="raters-disagree">
          Raters disagree about this outlet by two steps or more.
        </p>
      )}
      {source.ratings.length > 0 && (
        <ul class="ratings" data-testid="ratings" aria-label="Ratings">
          {source.ratings.map((rating) => (
            <li key={`${rating.rater}-${rating.label}`}>
              <strong>{rating.label}</strong> <span class="muted">by</span>{' '}
              {rating.url ? (
                <a href={rating.url} target="_blank" rel="noopener noreferrer">
                  {rating.rater}
                </a>
              ) : (
                rating.rater
              )}
              {rating.ratedOn && <span class="muted"> · {rating.ratedOn}</span>}
              {rating.reliability && <span class="muted"> · {rating.reliability}</span>}
            </li>
          ))}
        </ul>
      )}
      {source.owner && (
        <p class="meta" data-testid="source-owner">
          Owner: {source.owner}
        </p>
      )}
      {attributions.map((text) => (
        <p key={text} class="attribution" data-testid="attribution">
          {text}
        </p>
      ))}
    </section>
  );
}
