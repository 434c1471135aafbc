import { describe, expect, it } from 'vitest';
import { hasTime, longDate, monthYear, timeAgo } from './time-ago';

describe('timeAgo', () => {
  const now = Date.parse('2024-05-03T12:00:00Z');
  it.each([
    ['2024-05-03T11:59:30Z', 'just now'],
    ['2024-05-03T11:45:00Z', '15 minutes ago'],
    ['2024-05-03T09:00:00Z', '3 hours ago'],
    ['2024-05-02T09:00:00Z', 'yesterday'],
    ['2024-04-20T12:00:00Z', '2 weeks ago'],
    ['not a date', ''],
  ])('%s → %s', (iso, expected) => {
    expect(timeAgo(iso, now)).toBe(expected);
  });
});

describe('longDate', () => {
  it('formats like toLocaleString with a medium date and a short time, with one formatter', () => {
    const iso = '2024-05-03T09:05:00Z';
    const expected = new Date(iso).toLocaleString('en', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    expect(longDate(iso)).toBe(expected);
    expect(longDate('2023-12-31T23:59:00Z')).toMatch(/2023|2024/);
  });

  it('is empty for what is not a date', () => {
    expect(longDate('not a date')).toBe('');
  });
});

describe('dates without a time', () => {
  it.each([
    ['2026-11-20', false],
    ['2026-11-20T00:00:00Z', false],
    ['2026-11-20T00:00:00.000Z', false],
    ['2026-11-20T00:00:00+00:00', false],
    ['2026-11-20T09:30:00Z', true],
    ['2026-11-20T00:00:00-05:00', true],
  ])('%s has a time: %s', (iso, expected) => {
    expect(hasTime(iso)).toBe(expected);
  });

  it('shows the date alone, never "12:00 AM", when the value has only a date', () => {
    expect(longDate('2026-11-20T00:00:00Z')).toBe('Nov 20, 2026');
    expect(longDate('2026-11-20T00:00:00Z')).not.toMatch(/AM|PM|:/);
  });

  it('says a rating date as month and year', () => {
    expect(monthYear('2023-11-15')).toBe('Nov 2023');
    expect(monthYear('nope')).toBe('');
  });
});
