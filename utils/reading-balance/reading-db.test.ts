import { beforeEach, describe, expect, it } from 'vitest';
import { READ_AGAIN_AFTER_MS, type ReadEntry } from '../../core/reading-balance';
import { clearReads, deleteRead, listReads, readingDb, recordRead } from './reading-db';

const read = (id: string, readAt: number, articleKey = 'a'.repeat(64)): ReadEntry => ({
  id,
  articleKey,
  sourceId: 'cnn',
  outlet: 'CNN',
  position: -1,
  storyId: 'story-1',
  storyTitle: 'Great Lakes treaty',
  readAt,
});

describe('reading record', () => {
  beforeEach(() => clearReads());

  it('records a read once per article per day, newest first', async () => {
    await expect(recordRead(read('1', 1000))).resolves.toBe(true);
    await expect(recordRead(read('2', 2000))).resolves.toBe(false);
    await expect(recordRead(read('3', 1000 + READ_AGAIN_AFTER_MS))).resolves.toBe(true);
    await expect(recordRead(read('4', 3000, 'b'.repeat(64)))).resolves.toBe(true);
    expect((await listReads()).map((entry) => entry.id)).toEqual(['3', '4', '1']);
  });

  it('deletes one read, and clears all', async () => {
    await recordRead(read('1', 1000));
    await recordRead(read('2', 2000, 'b'.repeat(64)));
    await deleteRead('1');
    expect((await listReads()).map((entry) => entry.id)).toEqual(['2']);
    await clearReads();
    expect(await listReads()).toEqual([]);
  });

  it('refuses a malformed read, and leaves out a stored row that no longer parses', async () => {
    await expect(
      recordRead({ ...read('1', 1000), articleKey: 'https://cnn.com/x' }),
    ).rejects.toThrow();
    await readingDb.reads.add({ ...read('2', 2000), position: 9 } as never);
    expect(await listReads()).toEqual([]);
  });
});
