import { biasName } from '../../core/bias';
import type { Rating, Source } from '../../core/source';
import { BiasScale } from './bias-scale';
import { monthYear } from './time-ago';

/**
 * Who is telling the story, compact: the outlet, its combined bias on the scale and who rated it
 * when ("AllSides rating, Nov 2023"); each rater's own verdict, the owner and the licences sit
 * behind a disclosure ("About this rating"), so the story below stays in the first screen.
 */
export function SourceCard({ source }: { source: Source }) {
  const positioned = source.ratings.filter((rating) => rating.position !== null).length;
  const rated = source.position !== null;
  return (
    <section class="card source-card" data-testid="source-card" aria-labelledby="source-name">
      <div class="source-card__top">
        <h2 id="source-name" class="card__title" data-testid="source-name">
          {source.name}
        </h2>
        <p class="bias-label" data-testid="bias-label">
          {rated && source.position !== null ? biasName(source.position) : 'Not rated yet'}
        </p>
      </div>
      {/* An empty scale under "Not rated yet" says the same thing again: shown only when rated. */}
      {rated && <BiasScale position={source.position} />}
      {source.ratersDisagree && (
        <p class="note note--warn" data-testid="raters-disagree">
          Raters disagree about this outlet by two steps or more.
        </p>
      )}
      <details class="source-card__details" data-testid="source-details">
        <summary data-testid="provenance">{provenance(source)}</summary>
        <div class="source-card__more">
          {positioned > 1 && (
            <p class="meta" data-testid="combined-note">
              Combined from {positioned} raters: the middle position, the one nearer Center on a
              tie.
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
              Not in Parallax's curated catalog: the name and ratings are as the raters publish
              them.
            </p>
          )}
          <Attribution ratings={source.ratings} />
        </div>
      </details>
    </section>
  );
}

/** The disclosure's one line: whose rating, from when, in words a reader says. */
export function provenance(source: Source): string {
  const onScale = source.ratings.filter((rating) => rating.position !== null);
  if (onScale.length === 0) return 'No rater in the catalog places it on the scale · details';
  const shown = onScale;
  const [first] = shown;
  if (shown.length > 1 || !first) return `${shown.length} raters · details`;
  const when = first.ratedOn ? `, ${monthYear(first.ratedOn)}` : '';
  return `${first.rater} rating${when} · details`;
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
      {rating.ratedOn && <span class="muted">, {monthYear(rating.ratedOn)}</span>}
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
      {(asOf || unverified) && (
        <span class="muted" data-testid="owner-checked">
          {' '}
          (
          {[asOf && `as of ${monthYear(asOf)}`, unverified && 'not confirmed by a reference']
            .filter(Boolean)
            .join(', ')}
          )
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
          {plainDates(text)}
        </p>
      ))}
    </>
  );
}

/**
 * A rater's attribution with its dates as a reader says them: "(snapshot of 2023-11-15)" reads
 * "(as published Nov 2023)". The rater, the licence and the wording otherwise stay as given.
 */
export function plainDates(text: string): string {
  return text
    .replace(
      /\(snapshot of (\d{4}-\d{2}-\d{2})\)/g,
      (_, date: string) => `(as published ${monthYear(date)})`,
    )
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => monthYear(date) || date);
}
