import type { Source } from '../../core/source';
import type { Conflict, FileCounts, MergedOutlets, Reject } from './merge-outlets';

export interface Tally {
  key: string;
  outlets: number;
  /** Of those, how many have the field inferred from the domain. */
  inferred: number;
}

export interface OutletIndexSummary {
  files: FileCounts[];
  /** Formats with no file in the directory. */
  missing: string[];
  /** Outlets with at least one rating (bias or reliability). */
  ratedOutlets: number;
  curated: number;
  /** Curated outlets no rater covers (in the index all the same). */
  curatedUnrated: number;
  nameDerived: number;
  byRater: Tally[];
  /** ISO country, or "unknown". */
  byCountry: Tally[];
  byLanguage: Tally[];
  conflicts: Conflict[];
  rejects: Map<string, Reject[]>;
}

export function summarizeOutlets(merged: MergedOutlets, missing: string[]): OutletIndexSummary {
  const rated = merged.sources.filter((source) => source.ratings.length > 0);
  return {
    files: merged.files,
    missing,
    ratedOutlets: rated.length,
    curated: merged.sources.filter((s) => !s.uncurated).length,
    curatedUnrated: merged.sources.filter((s) => !s.uncurated && s.ratings.length === 0).length,
    nameDerived: rated.filter((s) => s.inferred?.includes('name')).length,
    byRater: tally(
      rated,
      (s) => [...new Set(s.ratings.map((r) => r.rater))],
      () => false,
    ),
    byCountry: tally(
      rated,
      (s) => [s.country ?? 'unknown'],
      (s) => s.inferred?.includes('country') === true,
    ),
    byLanguage: tally(
      rated,
      (s) => [s.language ?? 'unknown'],
      (s) => s.inferred?.includes('language') === true,
    ),
    conflicts: merged.conflicts,
    rejects: merged.rejects,
  };
}

function tally(
  sources: readonly Source[],
  keys: (source: Source) => string[],
  inferred: (source: Source) => boolean,
): Tally[] {
  const byKey = new Map<string, Tally>();
  for (const source of sources) {
    for (const key of keys(source)) {
      const held = byKey.get(key) ?? { key, outlets: 0, inferred: 0 };
      held.outlets += 1;
      if (inferred(source)) held.inferred += 1;
      byKey.set(key, held);
    }
  }
  return [...byKey.values()].sort((a, b) => b.outlets - a.outlets || a.key.localeCompare(b.key));
}

/** Distinct known countries among rated outlets ("unknown" not counted). */
export function countryCount(summary: OutletIndexSummary): number {
  return summary.byCountry.filter((t) => t.key !== 'unknown').length;
}

/** The summary an operator reads; `shown` caps each list (examples, countries, conflicts). */
export function formatOutletIndexSummary(summary: OutletIndexSummary, shown = 12): string {
  const lines: string[] = [
    `Outlet index: ${summary.ratedOutlets} rated outlets from ${countryCount(summary)} countries ` +
      `(${summary.curated} curated, of which ${summary.curatedUnrated} unrated but kept; ` +
      `${summary.nameDerived} named by their domain only)`,
    '',
    'Files:',
  ];
  for (const f of summary.files) {
    lines.push(
      `  ${f.file} (${f.format}): ${f.rowsRead} rows, ${f.used} used (${f.onCatalog} on catalog outlets, ${f.created} new outlets), ${f.rejected} rejected`,
    );
  }
  for (const format of summary.missing) lines.push(`  (no ${format} file: not merged)`);
  const table = (title: string, tallies: Tally[], limit: number, note = '') => {
    lines.push('', `${title}:${note}`);
    const row = (t: Tally) =>
      `${t.key} ${t.outlets}${t.inferred > 0 ? ` (${t.inferred} inferred)` : ''}`;
    const head = tallies.slice(0, limit).map(row);
    for (let i = 0; i < head.length; i += 6) lines.push(`  ${head.slice(i, i + 6).join(' · ')}`);
    if (tallies.length > limit) lines.push(`  … ${tallies.length - limit} more`);
  };
  table('By rater (outlets each rates)', summary.byRater, 20);
  table('By country', summary.byCountry, shown * 5, ' (inferred = from the ccTLD, not checked)');
  table('By language', summary.byLanguage, shown * 3);

  const byKind = new Map<string, Conflict[]>();
  for (const c of summary.conflicts) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);
  lines.push('', `Conflicts: ${summary.conflicts.length}`);
  for (const [kind, list] of byKind) {
    lines.push(`  ${list.length} × ${kind}`);
    for (const c of list.slice(0, shown)) lines.push(`      ${c.subject}: ${c.detail}`);
    if (list.length > shown) lines.push(`      … ${list.length - shown} more`);
  }
  let rejected = 0;
  for (const list of summary.rejects.values()) rejected += list.length;
  lines.push('', `Rejected rows: ${rejected}`);
  const reasons = [...summary.rejects].sort((a, b) => b[1].length - a[1].length);
  for (const [reason, list] of reasons) {
    const examples = list
      .slice(0, shown)
      .map((r) => r.subject ?? `${r.file}:${r.line}`)
      .join(', ');
    const more = list.length > shown ? `, … ${list.length - shown} more` : '';
    lines.push(`  ${list.length} × ${reason}`, `      ${examples}${more}`);
  }
  return lines.join('\n');
}
