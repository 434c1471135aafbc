import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { biasName } from '../../core/bias';
import { bundledPortals, bundledSources } from '../../core/bundled-catalog';
import { withPortalFlags } from '../../core/catalog';
import type { PageDetection } from '../../core/detected-article';
import { indexMatchers } from '../../core/index-matchers';
import { attributePage } from '../../core/portal-attribution';
import { type ReliabilityReading, reliabilityReading } from '../../core/reliability-reading';
import type { Rating, Source } from '../../core/source';
import { buildSourceIndex, SourceIndex } from '../../core/source-index';
import { UserFacingError } from '../errors';
import { DEFAULT_RATINGS_DIR } from '../ratings/build-index-command';
import { buildOutletIndex, findRatingFiles } from '../ratings/build-outlet-index';

const ROOT = join(import.meta.dirname, '../..');
/** Where every extension build writes the index it bundles (scripts/build/outlet-index/). */
const GENERATED_INDEX = join(ROOT, '.generated/outlet-index.json');

/** An outlet index and, in words, where it came from. */
export interface LoadedIndex {
  index: SourceIndex;
  from: string;
}

function readIndexFile(file: string): SourceIndex {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UserFacingError(
      `${file} is not JSON (${(error as Error).message}): give an index as \`parallax sources build-index --out\` writes it.`,
    );
  }
  const parsed = SourceIndex.safeParse(json);
  if (!parsed.success) {
    throw new UserFacingError(
      `${file} is not an outlet index (${parsed.error.issues[0]?.message}): give one as \`parallax sources build-index --out\` writes it.`,
    );
  }
  return parsed.data;
}

/**
 * The index the extension bundles: `--index FILE` when given (as `parallax sources build-index
 * --out` writes it); else the one the last build wrote to .generated/; else built as the build
 * builds it, from data/catalog.json and the rating files; else the curated catalog alone.
 */
export async function loadOutletIndex(indexFile?: string): Promise<LoadedIndex> {
  if (indexFile) {
    if (!existsSync(indexFile)) throw new UserFacingError(`--index ${indexFile} does not exist.`);
    return { index: readIndexFile(indexFile), from: indexFile };
  }
  if (existsSync(GENERATED_INDEX)) {
    try {
      return {
        index: readIndexFile(GENERATED_INDEX),
        from: `the last build's ${relative(process.cwd(), GENERATED_INDEX) || GENERATED_INDEX}`,
      };
    } catch {
      // Half-written by a build under way, or from an older format: build it afresh below.
    }
  }
  const catalog = withPortalFlags(bundledSources, bundledPortals);
  const ratingsDir = resolve(process.env.PARALLAX_RATINGS_DIR ?? join(ROOT, DEFAULT_RATINGS_DIR));
  if (findRatingFiles(ratingsDir).length > 0) {
    const { index } = await buildOutletIndex(catalog, ratingsDir);
    return { index, from: `data/catalog.json with the rating files in ${ratingsDir}` };
  }
  return {
    index: buildSourceIndex(catalog),
    from: `data/catalog.json alone (no rating files in ${ratingsDir})`,
  };
}

/** The matched outlet, as the popup names and rates it. */
export interface OutletMatch {
  /** One line for a reader: "Reuters (reuters.com): Center (AllSides, rated 2023-11-15)". */
  summary: string;
  outlet: {
    id: string;
    name: string;
    domain: string;
    /** The combined position on the scale, in words; null when no rater places it. */
    bias: string | null;
    /** Each rating: rater, verdict and date. */
    ratings: string[];
  } | null;
  /** The portal the article was read on, when another outlet wrote it. */
  via: string | null;
  /** The name the page or its credit gives, to name an outlet the index lacks. */
  siteName: string | null;
  /** Which index was asked. */
  index: string;
}

/** "AllSides: Center (rated 2023-11-15)", "Wikipedia editors’ consensus, 2021 — high (Generally reliable)". */
function ratingWords(rating: Rating): string {
  const reading = rating.position === null ? reliabilityReading(rating) : null;
  if (reading) return `${reading.line} (${rating.rater}: ${reading.raterLabel})`;
  return `${rating.rater}: ${rating.label}${rating.ratedOn ? ` (rated ${rating.ratedOn})` : ''}`;
}

/** "high (Idiap reliability estimate, 2024)". */
const readingWords = (reading: ReliabilityReading) =>
  `${reading.verdict} (${reading.raterWords}${reading.year ? `, ${reading.year}` : ''})`;

/** "Reuters (reuters.com): Center (AllSides, rated 2023-11-15); reliability high (…)". */
function outletLine(source: Source, via: string | null): string {
  const where = `${source.name} (${source.domains[0]})${via ? ` via ${via}` : ''}`;
  const raters = source.ratings
    .filter((rating) => rating.position !== null)
    .map((rating) => `${rating.rater}${rating.ratedOn ? `, rated ${rating.ratedOn}` : ''}`);
  const bias =
    source.position === null
      ? 'no bias rating'
      : `${biasName(source.position)} (${raters.join('; ')})`;
  const reliability = source.ratings
    .filter((rating) => rating.position === null)
    .map(reliabilityReading)
    .flatMap((reading) => (reading ? [`reliability ${readingWords(reading)}`] : []));
  return [`${where}: ${bias}`, ...reliability].join('; ');
}

/**
 * The outlet the extension would show for the page (core/portal-attribution.ts): the site's own
 * outlet by its address, or on a portal the outlet the page credits.
 */
export function matchOutlet(
  detection: PageDetection,
  pageUrl: string,
  loaded: LoadedIndex,
): OutletMatch {
  const { source, via, siteName } = attributePage(detection, pageUrl, indexMatchers(loaded.index));
  const viaName = via?.name ?? null;
  if (!source) {
    const host = URL.canParse(pageUrl) ? new URL(pageUrl).hostname : '';
    const named = siteName ?? (host || pageUrl);
    return {
      summary: `No outlet in the index for ${named}`,
      outlet: null,
      via: viaName,
      siteName,
      index: loaded.from,
    };
  }
  return {
    summary: outletLine(source, viaName),
    outlet: {
      id: source.id,
      name: source.name,
      domain: source.domains[0] ?? '',
      bias: source.position === null ? null : biasName(source.position),
      ratings: source.ratings.map(ratingWords),
    },
    via: viaName,
    siteName,
    index: loaded.from,
  };
}
