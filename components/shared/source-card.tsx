import { biasName } from '../../core/bias';
import type { Rating, Source } from '../../core/source';
import { BiasScale } from './bias-scale';

/** Who is telling the story: the outlet, its combined bias, and each rater's own verdict. */
export function SourceCard({ source }: { source: Source }) {
  const positioned = source.ratings.filter((rating) => rating.position !== null).length;
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
      {positioned > 1 && (
        <p class="meta" data-testid="combined-note">
          Combined from {positioned} raters: the middle position, the one nearer Center on a tie.
        </p>
      )}
      {source.ratersDisagree && (
        <p class="note note--warn" data-testid="raters-disagree">
          Raters disagree about this outlet by two steps or more.
        </p>
      )}
      {source.ratings.length > 0 && (
        <ul class="ratings" data-testid="ratings" aria-label="Ratings">
          {source.ratings.map((rating) => (
            <RatingItem key={rating.rater} rating={rating} />
          ))}
        </ul>
      )}
      <Owner source={source} />
      {source.uncurated && (
        <p class="meta" data-testid="uncurated">
          Not in Parallax's curated catalog: the name and ratings are as the raters publish them.
        </p>
      )}
      <Attribution ratings={source.ratings} />
    </section>
  );
}

function RatingItem({ rating }: { rating: Rating }) {
  // A reliability-only rater (Wikipedia, idiap) publishes its verdict as the label itself.
  const reliability = rating.reliability !== rating.label ? rating.reliability : null;
  return (
    <li data-testid="rating">
      <strong>{rating.label}</strong>
      {rating.position === null && rating.reliability !== null && (
        <span class="muted"> reliability</span>
      )}{' '}
      <span class="muted">by</span>{' '}
      {rating.url ? (
        <a href={rating.url} target="_blank" rel="noopener noreferrer">
          {rating.rater}
        </a>
      ) : (
        rating.rater
      )}
      {rating.ratedOn && <span class="muted"> · {rating.ratedOn}</span>}
      {reliability && <span class="muted"> · {reliability}</span>}
    </li>
  );
}

/** The owner and parent company, with the date checked; unverified facts say so. */
function Owner({ source }: { source: Source }) {
  if (!source.owner) return null;
  const unverified = source.unverified?.includes('owner');
  const { parent, asOf } = source.ownership ?? { parent: null, asOf: null };
  return (
    <p class="meta" data-testid="source-owner">
      Owner: {source.owner}
      {parent && ` (part of ${parent})`}
      {asOf && <span class="muted"> · as of {asOf}</span>}
      {unverified && (
        <span class="muted" data-testid="owner-unverified">
          {' '}
          · unverified
        </span>
      )}
    </p>
  );
}

/** One line per rater naming its licence, as the raters require. */
function Attribution({ ratings }: { ratings: readonly Rating[] }) {
  const texts = [...new Set(ratings.map((rating) => rating.attribution))];
  return (
    <>
      {texts.map((text) => (
        <p key={text} class="attribution" data-testid="attribution">
          {text}
        </p>
      ))}
    </>
  );
}
