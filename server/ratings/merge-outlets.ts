import { withInferredFields } from '../../core/inferred-fields';
import { reliabilityBand } from '../../core/reliability-band';
import { combinedPosition, type Rating, type Source, uncuratedSource } from '../../core/source';
import { SourceMatcher } from '../../core/source-match';
import { type RatedRow, REJECT, type RowResult } from './rated-row';
import { resolveTargets } from './resolve-targets';

/** One rating file's rows, as its reader gave them. */
export interface RatedFile {
  /** The file's name (no directory). */
  file: string;
  format: string;
  results: readonly RowResult[];
}

export interface Reject {
  file: string;
  line: number;
  subject: string | null;
}

export type ConflictKind =
  | 'duplicate-row'
  | 'catalog-vs-rater'
  | 'bias-disagreement'
  | 'reliability-disagreement'
  | 'domain-claimed-twice';

export interface Conflict {
  kind: ConflictKind;
  /** The outlet (or domain) in question. */
  subject: string;
  /** What disagrees and what was kept, for the person reading the summary. */
  detail: string;
}

export interface FileCounts {
  file: string;
  format: string;
  rowsRead: number;
  /** Rows whose rating is in the index. */
  used: number;
  /** Of those, on curated catalog outlets. */
  onCatalog: number;
  created: number;
  rejected: number;
}

export interface MergedOutlets {
  /** Catalog sources first (in catalog order), then the ones the files created. */
  sources: Source[];
  files: FileCounts[];
  rejects: Map<string, Reject[]>;
  conflicts: Conflict[];
}

/**
 * Merges rating files into the curated catalog the way `parallax sources import` stores them
 * (server/ratings/resolve-targets.ts decides each row's outlet), in memory, file by file: a
 * row rates a catalog outlet, an outlet an earlier file created, or a new uncurated outlet for
 * its domain. A rater's rating replaces that rater's curated one (the file is the rater's own
 * publication), reported as a conflict when the label differs. Uncurated outlets get what their
 * domain says (core/inferred-fields.ts), marked as inferred.
 */
export function mergeOutlets(
  catalog: readonly Source[],
  files: readonly RatedFile[],
): MergedOutlets {
  const sources = new Map<string, Source>(catalog.map((source) => [source.id, source]));
  const curated = new Set(catalog.map((source) => source.id));
  const rejects = new Map<string, Reject[]>();
  const conflicts: Conflict[] = [...domainsClaimedTwice(catalog)];
  const counts: FileCounts[] = [];
  const reject = (reason: string, item: Reject) => {
    const list = rejects.get(reason) ?? [];
    list.push(item);
    rejects.set(reason, list);
  };

  for (const { file, format, results } of files) {
    const count: FileCounts = {
      file,
      format,
      rowsRead: results.length,
      used: 0,
      onCatalog: 0,
      created: 0,
      rejected: 0,
    };
    counts.push(count);
    const rows: RatedRow[] = [];
    for (const result of results) {
      if (result.ok) rows.push(result.row);
      else {
        count.rejected += 1;
        reject(result.reason, { file, line: result.line, subject: result.subject ?? null });
      }
    }
    const byLine = new Map(rows.map((row) => [row.line, row]));
    const list = [...sources.values()];
    const matcher = new SourceMatcher(list);
    const { items, rejected } = resolveTargets(rows, {
      sources: list,
      match: (url) => matcher.match(url),
    });
    for (const { line, reason } of rejected) {
      count.rejected += 1;
      const row = byLine.get(line);
      const subject = row?.name ?? row?.domains[0] ?? null;
      if (reason === REJECT.duplicate) {
        conflicts.push({
          kind: 'duplicate-row',
          subject: subject ?? `line ${line}`,
          detail: `${file} line ${line} rates an outlet another row of the file already rates; the surer (or earlier) row was kept`,
        });
      }
      reject(reason, { file, line, subject });
    }
    for (const item of items) {
      count.used += 1;
      const rating: Rating = { ...item.rating, provenance: { file, line: item.line, format } };
      const held = sources.get(item.sourceId);
      if (!held) {
        count.created += 1;
        const name = item.create?.name ?? item.sourceId;
        sources.set(
          item.sourceId,
          uncuratedSource(item.sourceId, name, item.create?.domains ?? [], rating),
        );
        continue;
      }
      if (curated.has(held.id)) count.onCatalog += 1;
      const previous = held.ratings.find((r) => r.rater === rating.rater);
      if (
        previous &&
        curated.has(held.id) &&
        !previous.provenance &&
        previous.label !== rating.label
      ) {
        conflicts.push({
          kind: 'catalog-vs-rater',
          subject: held.name,
          detail: `the catalog has ${rating.rater} "${previous.label}", ${file} line ${item.line} says "${rating.label}"; the file's rating was kept`,
        });
      }
      const ratings = held.ratings.filter((r) => r.rater !== rating.rater);
      sources.set(held.id, { ...held, ratings: [...ratings, rating] });
    }
  }

  const merged = [...sources.values()].map((source) =>
    withInferredFields({ ...source, ...combinedPosition(source.ratings) }),
  );
  for (const source of merged) conflicts.push(...ratingConflicts(source));
  return { sources: merged, files: counts, rejects, conflicts };
}

/** Raters that disagree on one outlet: bias two steps apart, or reliability high against low. */
function ratingConflicts(source: Source): Conflict[] {
  const found: Conflict[] = [];
  if (source.ratersDisagree) {
    const positions = source.ratings
      .filter((r) => r.position !== null)
      .map((r) => `${r.rater} "${r.label}"`);
    found.push({
      kind: 'bias-disagreement',
      subject: source.name,
      detail: `${positions.join(' vs ')}: the combined position is their median`,
    });
  }
  const banded = source.ratings
    .map((rating) => ({ rating, band: reliabilityBand(rating) }))
    .filter(({ band }) => band !== null);
  const high = banded.find(({ band }) => band === 'high');
  const low = banded.find(({ band }) => band === 'low');
  if (high && low) {
    found.push({
      kind: 'reliability-disagreement',
      subject: source.name,
      detail: `${high.rating.rater} "${high.rating.label}" (high) vs ${low.rating.rater} "${low.rating.label}" (low): both are shown`,
    });
  }
  return found;
}

/** Catalog domains two outlets list: the first one listed keeps the domain. */
function domainsClaimedTwice(catalog: readonly Source[]): Conflict[] {
  const owner = new Map<string, string>();
  const found: Conflict[] = [];
  for (const source of catalog) {
    for (const domain of source.domains) {
      const held = owner.get(domain);
      if (held && held !== source.name) {
        found.push({
          kind: 'domain-claimed-twice',
          subject: domain,
          detail: `listed by ${held} and by ${source.name} in data/catalog.json; ${held} keeps it`,
        });
      } else owner.set(domain, source.name);
    }
  }
  return found;
}
