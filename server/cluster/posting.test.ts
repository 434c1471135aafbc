import { describe, expect, it } from 'vitest';
import { Posting } from './posting';

interface S {
  name: string;
  alive: boolean;
}
const isDead = (story: S) => !story.alive;

describe('Posting', () => {
  it('keeps insertion order across removals and compaction, counting live stories', () => {
    const stories = Array.from({ length: 20 }, (_, i) => ({ name: `s${i}`, alive: true }));
    const posting = new Posting<S>();
    for (const story of stories) posting.add({ story, w: 1 });
    // Remove every story but s3, s10 and s17; compaction runs along the way.
    for (const story of stories) {
      if (['s3', 's10', 's17'].includes(story.name)) continue;
      story.alive = false;
      posting.remove(isDead);
    }
    expect(posting.live).toBe(3);
    const live = posting.cells.filter((cell) => cell.story.alive).map((cell) => cell.story.name);
    expect(live).toEqual(['s3', 's10', 's17']);
    expect(posting.cells.length).toBeLessThan(2 * posting.live + 8);
    // A story added afterwards goes last, as in a Set.
    const late = { name: 'late', alive: true };
    posting.add({ story: late, w: 2 });
    expect(posting.cells.filter((c) => c.story.alive).map((c) => c.story.name)).toEqual([
      's3',
      's10',
      's17',
      'late',
    ]);
  });

  it('shares the cell: a weight updated in place is what the posting reads', () => {
    const story = { name: 's', alive: true };
    const cell = { story, w: 0.5 };
    const posting = new Posting<S>();
    posting.add(cell);
    cell.w += 0.25;
    expect(posting.cells[0]?.w).toBe(0.75);
  });
});
