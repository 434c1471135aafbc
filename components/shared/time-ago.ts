const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "3 hours ago", "yesterday", "just now": how long ago an ISO date-time was, for a reader. */
export function timeAgo(iso: string, now: number = Date.now()): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const seconds = Math.round((then - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}

// One formatter for every call: toLocaleString builds a new one each time, which cost the
// popup's first render ~2 ms for a story's worth of articles.
let longFormat: Intl.DateTimeFormat | undefined;
let dayFormat: Intl.DateTimeFormat | undefined;
let monthFormat: Intl.DateTimeFormat | undefined;

/**
 * Whether an ISO value carries a time of day. Feeds and imports that know only the day are
 * stored as midnight UTC ("2026-11-20" or "…T00:00:00Z"): showing "12:00 AM" (or the reader's
 * offset of it) for those would state a time nobody published.
 */
export function hasTime(iso: string): boolean {
  return !/^\d{4}-\d{2}-\d{2}(T00:00(:00(\.0+)?)?(Z|[+-]00:?00))?$/.test(iso);
}

/** The full date and time, for a tooltip and the timeline; the date alone when it has no time. */
export function longDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  if (!hasTime(iso)) {
    dayFormat ??= new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
    return dayFormat.format(date);
  }
  longFormat ??= new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
  return longFormat.format(date);
}

/** "Nov 2023": a rating's or a fact's date as a reader says it. */
export function monthYear(isoDate: string): string {
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) return '';
  monthFormat ??= new Intl.DateTimeFormat('en', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return monthFormat.format(date);
}
