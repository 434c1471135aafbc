import type { ArticleKind } from '../../core/article-kind';
import { biasName } from '../../core/bias';
import type { PortalHost } from '../../core/detected-article';
import { licenceIn } from '../../core/known-raters';
import { RELIABILITY_BAND_WORDS } from '../../core/reliability-band';
import { type ReliabilityReading, reliabilityReadings } from '../../core/reliability-reading';
import type { Rating, Source } from '../../core/source';
import { ArticleKindLabel } from './article-kind-label';
import { BiasScale } from './bias-scale';
import { ReliabilityList } from './reliability-list';
import { monthYear } from './time-ago';

export interface SourceCardProps {
  source: Source;
  /** The portal showing this outlet's article: the title reads "Business Insider via MSN". */
  via?: PortalHost | null;
  /** The page's own name for its site, preferred over a name the index derived from a domain. */
  siteName?: string | null;
  /** The kind of the article being read (opinion, live blog…), labelled beside the name. */
  kind?: ArticleKind | null;
}

/**
 * The outlet's name as a reader knows it: an index entry no rater or curator named carries
 * its domain as its name (`inferred: ['name']`), and the page's og:site_name says it better.
 */
export function displayName(source: Source, siteName?: string | null): string {
  return source.inferred?.includes('name') && siteName ? siteName : source.name;
}

/** The label beside the name: the bias position, else the first reliability band, else none. */
function headline(source: Source, readings: readonly ReliabilityReading[]): string {
  if (source.position !== null) return biasName(source.position);
  const band = readings.find((reading) => reading.band !== null)?.band;
  if (band) return RELIABILITY_BAND_WORDS[band];
  return readings.length > 0 ? 'Reliability rated' : 'Not rated yet';
}

/**
 * Who is telling the story, compact: the outlet (and the portal it reached the reader through),
 * its combined bias on the scale and who rated it when ("AllSides rating, Nov 2023"), and each
 * rater's reliability reading beside it; each rater's own verdict, the owner and the licences
 * sit behind a disclosure, so the story below stays in the first screen. An outlet with a
 * reliability reading and no bias position is rated: its band is the headline, not "Not rated".
 */
export function SourceCard({ source, via = null, siteName = null, kind = null }: SourceCardProps) {
  const positioned = source.ratings.filter((rating) => rating.position !== null).length;
  const rated = source.position !== null;
  const readings = reliabilityReadings(source);
  return (
    <section
      class="card source-card"
      data-testid="source-card"
      data-rated={rated || readings.length > 0 ? 'yes' : 'no'}
      aria-labelledby="source-name"
    >
      <div class="source-card__top">
        <h2 id="source-name" class="card__title" data-testid="source-name">
          {displayName(source, siteName)}
          {via && (
            <span class="source-card__via" data-testid="source-via" title={`Shown on ${via.host}`}>
              {' '}
              via {via.name}
            </span>
          )}
          <ArticleKindLabel kind={kind} />
        </h2>
        <p class="bias-label" data-testid="bias-label">
          {headline(source, readings)}
        </p>
      </div>
      {/* An empty scale under "Not rated yet" says the same thing again: shown only when rated. */}
      {rated && <BiasScale position={source.position} />}
      {/* One line in the first screen; every rater's reading in the details. */}
      <ReliabilityList readings={readings.slice(0, 1)} more={readings.length - 1} />
      {source.ratersDisagree && (
        <p class="note note--warn" data-testid="raters-disagree">
          Raters disagree about this outlet by two steps or more.
        </p>
      )}
      <details class="source-card__details" data-testid="source-details">
        <summary data-testid="provenance">{provenance(source)}</summary>
        <div class="source-card__more">
          {readings.length > 1 && (
            <ReliabilityList readings={readings} label="Every reliability reading" />
          )}
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
  if (onScale.length === 0 && reliabilityReadings(source).length > 0) {
    return 'No bias rating yet · details';
  }
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
  // A reliability rater's licence beside its verdict: the bias raters' stay in the attribution.
  const licence = rating.position === null ? licenceIn(rating.attribution) : null;
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
      {licence && <span class="muted"> · licence {licence}</span>}
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
