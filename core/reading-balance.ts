import { z } from 'zod';
import { BiasPosition } from './bias';
import { sideOf } from './coverage';

/**
 * The reader's own reading balance (DESIGN.md "the people and their moments", 4): a record,
 * kept only in the browser, of articles read on rated outlets. Nothing of it is ever sent.
 *
 * What counts as "read": the article page of an outlet with a bias position stayed open and
 * visible (its tab in front, the window focused) for READ_AFTER_MS in all, counted once per
 * article (`articleKey`) per READ_AGAIN_AFTER_MS. A bounce (opened, left within seconds) or a
 * tab opened in the background and never looked at is not a read.
 */
export const READ_AFTER_MS = 20_000;
/** The same article read again after this long counts again. */
export const READ_AGAIN_AFTER_MS = 24 * 60 * 60 * 1000;

export const ReadEntry = z.object({
  /** Random id (crypto.randomUUID), for "delete this one". */
  id: z.string().min(1),
  /**
   * SHA-256 (hex) of the article's canonical URL: to count an article once without storing
   * its address. The record holds no URL and no page text.
   */
  articleKey: z.string().regex(/^[0-9a-f]{64}$/),
  sourceId: z.string().min(1),
  outlet: z.string().min(1),
  position: BiasPosition,
  /** The story the article belongs to, when the lookup found one: a link to its story page. */
  storyId: z.string().min(1).nullable(),
  storyTitle: z.string().min(1).nullable(),
  /** How many outlets of each side covered the story when it was read: "the other sides". */
  storySides: z
    .object({
      left: z.number().int().nonnegative(),
      center: z.number().int().nonnegative(),
      right: z.number().int().nonnegative(),
    })
    .nullable()
    .optional(),
  /** When it counted as read, ms since the epoch. */
  readAt: z.number().int().nonnegative(),
});
export type ReadEntry = z.infer<typeof ReadEntry>;

/** Whether a visit counts as a read by the rule above. */
export function countsAsRead(visit: { visibleMs: number; position: BiasPosition | null }): boolean {
  return visit.position !== null && visit.visibleMs >= READ_AFTER_MS;
}

export const BALANCE_PERIODS = ['7d', '30d', 'all'] as const;
export type BalancePeriod = (typeof BALANCE_PERIODS)[number];
const PERIOD_MS: Record<BalancePeriod, number> = {
  '7d': 7 * 24 * 60 * 60 * 1000,
  '30d': 30 * 24 * 60 * 60 * 1000,
  all: Number.POSITIVE_INFINITY,
};

export interface Balance {
  total: number;
  /** Reads per position of the seven-point scale, −3 … +3. */
  byPosition: Record<BiasPosition, number>;
  /** The usual three-way view of the same reads (left = far left + left + lean left). */
  threeWay: { left: number; center: number; right: number };
}

/** The reads of one period, counted by leaning. */
export function balanceOf(
  entries: readonly ReadEntry[],
  period: BalancePeriod,
  now: number,
): Balance {
  const byPosition: Record<BiasPosition, number> = {
    [-3]: 0,
    [-2]: 0,
    [-1]: 0,
    0: 0,
    1: 0,
    2: 0,
    3: 0,
  };
  const threeWay = { left: 0, center: 0, right: 0 };
  let total = 0;
  for (const entry of entries) {
    if (now - entry.readAt > PERIOD_MS[period]) continue;
    total += 1;
    byPosition[entry.position] = (byPosition[entry.position] ?? 0) + 1;
    const side = sideOf(entry.position);
    if (side !== 'unrated') threeWay[side] += 1;
  }
  return { total, byPosition, threeWay };
}

/** The outlets read most, most first (ties by name). */
export function outletsReadMost(
  entries: readonly ReadEntry[],
  limit = 5,
): { sourceId: string; outlet: string; position: BiasPosition; reads: number }[] {
  const byOutlet = new Map<string, { outlet: string; position: BiasPosition; reads: number }>();
  for (const entry of entries) {
    const seen = byOutlet.get(entry.sourceId);
    if (seen) seen.reads += 1;
    else byOutlet.set(entry.sourceId, { outlet: entry.outlet, position: entry.position, reads: 1 });
  }
  return [...byOutlet]
    .map(([sourceId, row]) => ({ sourceId, ...row }))
    .sort((a, b) => b.reads - a.reads || a.outlet.localeCompare(b.outlet))
    .slice(0, limit);
}

const CSV_COLUMNS = ['readAt', 'outlet', 'sourceId', 'position', 'storyId', 'storyTitle'] as const;

/** The record as CSV (RFC 4180 quoting), one read a row, the time as ISO 8601. */
export function readsToCsv(entries: readonly ReadEntry[]): string {
  const cell = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const rows = entries.map((entry) =>
    CSV_COLUMNS.map((column) =>
      cell(column === 'readAt' ? new Date(entry.readAt).toISOString() : entry[column]),
    ).join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/**
 * Stories read from one side only while other sides covered them: the story, the side read and
 * the sides not read, newest read first. Links to the story page show the rest.
 */
export function storiesReadFromOneSide(entries: readonly ReadEntry[]): {
  storyId: string;
  storyTitle: string | null;
  read: 'left' | 'center' | 'right';
  notRead: ('left' | 'center' | 'right')[];
}[] {
  const byStory = new Map<string, ReadEntry[]>();
  for (const entry of entries) {
    if (!entry.storyId) continue;
    byStory.set(entry.storyId, [...(byStory.get(entry.storyId) ?? []), entry]);
  }
  const result: ReturnType<typeof storiesReadFromOneSide> = [];
  for (const [storyId, reads] of byStory) {
    const sides = new Set(reads.map((entry) => sideOf(entry.position)));
    const [only] = [...sides];
    if (sides.size !== 1 || !only || only === 'unrated') continue;
    const coverage = reads.find((entry) => entry.storySides)?.storySides;
    if (!coverage) continue;
    const notRead = (['left', 'center', 'right'] as const).filter(
      (side) => side !== only && coverage[side] > 0,
    );
    if (notRead.length === 0) continue;
    result.push({ storyId, storyTitle: reads[0]?.storyTitle ?? null, read: only, notRead });
  }
  return result;
}
