import { describe, expect, it } from 'vitest';
import { openersFirst } from './seed-order';

const row = (id: string, storyId: string) => ({ id, storyId });
const opens = (a: { id: string; storyId: string }) => a.storyId === `story-${a.id}`;

describe('the order stored articles are seeded in', () => {
  it("puts each story's opener before the story's first member, the rest in the given order", () => {
    // Oldest first, as the store gives them: a feed listing newest first stored the copies of
    // b1 (b2, b3) before it in time, and c1's story has no opener in the window.
    const given = [
      row('b3', 'story-b1'),
      row('a1', 'story-a1'),
      row('b2', 'story-b1'),
      row('c2', 'story-c1'),
      row('a2', 'story-a1'),
      row('b1', 'story-b1'),
      row('g1', 'given'),
    ];
    expect(openersFirst(given, opens).map((a) => a.id)).toEqual([
      'b1',
      'b3',
      'a1',
      'b2',
      'c2',
      'a2',
      'g1',
    ]);
  });

  it('keeps every article once, and an order that already has openers first as it is', () => {
    const given = [row('a1', 'story-a1'), row('b1', 'story-b1'), row('a2', 'story-a1')];
    expect(openersFirst(given, opens)).toEqual(given);
  });
});
