import type { Source } from '../../core/source';
import { uncuratedSourceId } from '../../core/source-index';
import type { ImportedRating } from '../store/write-ratings';
import { type RatedRow, REJECT } from './rated-row';

/** What the resolver needs from the store: the sources, and the matcher over them. */
export interface SourceLookup {
  sources: readonly Source[];
  match(url: string): Source | null;
}

export interface Resolved {
  items: (ImportedRating & { line: number; curated: boolean })[];
  rejected: { line: number; reason: string }[];
}

/** How sure a row's outlet is; the surest row for an outlet wins, then the earliest. */
enum Strength {
  ParentDomain = 1,
  SourceName = 2,
  ExactDomain = 3,
  RaterEntry = 4,
}

interface Candidate {
  row: RatedRow;
  strength: Strength;
  sourceId: string;
  create?: { name: string; domains: string[] };
}

/**
 * Decides which source each row rates:
 * 1. the catalog source that already carries this rater's rating under the row's name (AllSides entry),
 * 2. the source that owns the row's domain exactly (host, or host/section),
 * 3. the catalog source with exactly the row's name,
 * 4. for a host (not a section), the outlet it is a subdomain of (edition.cnn.com → CNN);
 * otherwise a new uncurated source for the row's domains, named as the rater names it.
 * One rating per rater and outlet: further rows for the same outlet are rejected as duplicates.
 */
export function resolveTargets(rows: readonly RatedRow[], lookup: SourceLookup): Resolved {
  const byEntry = new Map<string, string>();
  const byName = new Map<string, string>();
  const curated = new Set<string>();
  for (const source of lookup.sources) {
    if (source.uncurated) continue;
    curated.add(source.id);
    if (!byName.has(source.name.toLowerCase())) byName.set(source.name.toLowerCase(), source.id);
    for (const rating of source.ratings) {
      if (rating.entry)
        byEntry.set(`${rating.rater}\u0000${rating.entry.toLowerCase()}`, source.id);
    }
  }
  const planned = new Map<string, string>();
  const rejected: Resolved['rejected'] = [];
  const best = new Map<string, Candidate>();
  const losers: RatedRow[] = [];

  for (const row of rows) {
    const candidate = candidateFor(row, lookup, byEntry, byName, planned);
    if (!candidate) {
      rejected.push({ line: row.line, reason: row.domainProblem ?? REJECT.noDomain });
      continue;
    }
    const held = best.get(candidate.sourceId);
    if (!held || candidate.strength > held.strength) {
      if (held) losers.push(held.row);
      best.set(candidate.sourceId, candidate);
    } else {
      losers.push(row);
    }
  }
  for (const row of losers) rejected.push({ line: row.line, reason: REJECT.duplicate });

  const items = [...best.values()]
    .sort((a, b) => a.row.line - b.row.line)
    .map(({ row, sourceId, create }) => ({
      line: row.line,
      sourceId,
      curated: curated.has(sourceId),
      ...(create ? { create } : {}),
      rating: row.rating,
    }));
  return { items, rejected: rejected.sort((a, b) => a.line - b.line) };
}

function candidateFor(
  row: RatedRow,
  lookup: SourceLookup,
  byEntry: Map<string, string>,
  byName: Map<string, string>,
  planned: Map<string, string>,
): Candidate | null {
  const name = row.name?.toLowerCase();
  const entryMatch = name && byEntry.get(`${row.rating.rater}\u0000${name}`);
  if (entryMatch) return { row, strength: Strength.RaterEntry, sourceId: entryMatch };

  let parent: string | null = null;
  for (const domain of row.domains) {
    const source = lookup.match(`https://${domain}/`);
    if (source?.domains.includes(domain)) {
      return { row, strength: Strength.ExactDomain, sourceId: source.id };
    }
    const plannedId = planned.get(domain);
    if (plannedId) return { row, strength: Strength.ExactDomain, sourceId: plannedId };
    // A section (host/path) is rated apart from its site: only a host falls back to its parent.
    if (source && !domain.includes('/')) parent ??= source.id;
  }
  const nameMatch = name && byName.get(name);
  if (nameMatch) return { row, strength: Strength.SourceName, sourceId: nameMatch };
  if (parent) return { row, strength: Strength.ParentDomain, sourceId: parent };

  const first = row.domains[0];
  if (!first) return null;
  const sourceId = uncuratedSourceId(first);
  for (const domain of row.domains) if (!planned.has(domain)) planned.set(domain, sourceId);
  return {
    row,
    strength: Strength.ExactDomain,
    sourceId,
    create: { name: row.name ?? first, domains: [...row.domains] },
  };
}
