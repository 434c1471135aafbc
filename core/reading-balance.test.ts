import { describe, expect, it } from 'vitest';
import {
  balanceOf,
  countsAsRead,
  outletsReadMost,
  READ_AFTER_MS,
  type ReadEntry,
  readsToCsv,
  storiesReadFromOneSide,
} from './reading-balance';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-12-01T12:00:00Z');
const entry = (over: Partial<ReadEntry>): ReadEntry => ({
  id: 'x',
  articleKey: 'a'.repeat(64),
  sourceId: 'cnn',
  outlet: 'CNN',
  position: -1,
  storyId: null,
  storyTitle: null,
  readAt: NOW,
  ...over,
});

describe('what counts as read', () => {
  it.each([
    [READ_AFTER_MS, -1, true],
    [READ_AFTER_MS - 1, -1, false],
    [READ_AFTER_MS * 10, null, false],
  ] as const)('visible %i ms on an outlet at %s: %s', (visibleMs, position, expected) => {
    expect(countsAsRead({ visibleMs, position })).toBe(expected);
  });
});

describe('balance', () => {
  const entries = [
    entry({ id: '1', position: -2, readAt: NOW - DAY }),
    entry({ id: '2', position: -1, readAt: NOW - 10 * DAY }),
    entry({ id: '3', position: 0, sourceId: 'reuters', outlet: 'Reuters', readAt: NOW - 40 * DAY }),
    entry({ id: '4', position: 2, sourceId: 'fox', outlet: 'Fox News', readAt: NOW - 2 * DAY }),
  ];

  it('counts each period by leaning, the three-way view the same reads', () => {
    expect(balanceOf(entries, '7d', NOW).threeWay).toEqual({ left: 1, center: 0, right: 1 });
    expect(balanceOf(entries, '30d', NOW).threeWay).toEqual({ left: 2, center: 0, right: 1 });
    const all = balanceOf(entries, 'all', NOW);
    expect(all.total).toBe(4);
    expect(all.byPosition).toEqual({ [-3]: 0, [-2]: 1, [-1]: 1, 0: 1, 1: 0, 2: 1, 3: 0 });
  });

  it('lists the outlets read most', () => {
    expect(outletsReadMost(entries, 2)).toEqual([
      { sourceId: 'cnn', outlet: 'CNN', position: -2, reads: 2 },
      { sourceId: 'fox', outlet: 'Fox News', position: 2, reads: 1 },
    ]);
  });

  it('exports CSV with quoting and ISO times', () => {
    const csv = readsToCsv([entry({ storyId: 's1', storyTitle: 'Treaty, "signed"' })]);
    expect(csv).toBe(
      'readAt,outlet,sourceId,position,storyId,storyTitle\r\n' +
        '2026-12-01T12:00:00.000Z,CNN,cnn,-1,s1,"Treaty, ""signed"""\r\n',
    );
  });
});

describe('stories read from one side only', () => {
  it('names the sides not read where they covered the story', () => {
    const sides = { left: 3, center: 2, right: 0 };
    const entries = [
      entry({ id: '1', storyId: 's1', storyTitle: 'Treaty', storySides: sides }),
      entry({ id: '2', storyId: 's2', position: 0, storySides: sides }),
      entry({ id: '3', storyId: 's2', position: -2, storySides: sides }),
      entry({ id: '4', storyId: 's3', storySides: { left: 1, center: 0, right: 0 } }),
    ];
    expect(storiesReadFromOneSide(entries)).toEqual([
      { storyId: 's1', storyTitle: 'Treaty', read: 'left', notRead: ['center'] },
    ]);
  });
});
