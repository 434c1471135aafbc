/**
 * Publishers write dates in many shapes ("2024-03-01", "2024-03-01T10:00:00+0100",
 * "2024-03-01 10:00:00.000000", "2017-11-16T14:15+0000"). Returns ISO 8601 in UTC (with its
 * `Z` offset), or null when the text is not a date a reader would recognise.
 */
export function normalizePublishedAt(text: string | null): string | null {
  const raw = text?.trim();
  if (!raw) return null;
  // Only ISO-like dates: Date.parse also accepts vague text that would invent a date.
  if (!/^\d{4}-\d{2}-\d{2}/.test(raw)) return null;
  // "+0100" is common in the wild but not ISO 8601; "+01:00" is. Microseconds are cut to
  // milliseconds, which every engine parses.
  let fixed = raw
    .replace(' ', 'T')
    .replace(/([+-]\d{2})(\d{2})$/, '$1:$2')
    .replace(/(\.\d{3})\d+/, '$1');
  // A date-time without an offset is read as UTC, not as the reader's local time, so that
  // every browser and the backend agree (the detector prefers values that state an offset).
  if (fixed.includes('T') && !hasOffset(fixed)) fixed += 'Z';
  const time = Date.parse(fixed);
  if (Number.isNaN(time)) return null;
  // Years beyond 9999 would make toISOString() produce a 6-digit year; refuse them.
  const date = new Date(time);
  return date.getUTCFullYear() <= 9999 ? date.toISOString() : null;
}

/** Whether a date-time says which offset it is in ("Z", "+01:00", "-0500"). */
export function hasOffset(text: string): boolean {
  return /T.*(Z|[+-]\d{2}:?\d{2})$/i.test(text.trim().replace(' ', 'T'));
}
