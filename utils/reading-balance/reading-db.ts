import Dexie, { type EntityTable } from 'dexie';
import { READ_AGAIN_AFTER_MS, ReadEntry } from '../../core/reading-balance';

/**
 * The reading record (core/reading-balance.ts), in its own IndexedDB database so that clearing
 * the lookup cache never touches it and clearing it never touches the cache. Versioned: a new
 * shape adds a version with an upgrade, and every row is parsed again when read.
 */
class ReadingDb extends Dexie {
  reads!: EntityTable<ReadEntry, 'id'>;

  constructor() {
    super('parallax-reading');
    this.version(1).stores({ reads: 'id, readAt, articleKey, sourceId' });
  }
}

export const readingDb = new ReadingDb();

/**
 * Records one read, unless the same article counted already within READ_AGAIN_AFTER_MS.
 * Returns whether it was recorded.
 */
export async function recordRead(entry: ReadEntry): Promise<boolean> {
  const parsed = ReadEntry.parse(entry);
  return readingDb.transaction('rw', readingDb.reads, async () => {
    const recent = await readingDb.reads
      .where('articleKey')
      .equals(parsed.articleKey)
      .filter((row) => parsed.readAt - row.readAt < READ_AGAIN_AFTER_MS)
      .count();
    if (recent > 0) return false;
    await readingDb.reads.add(parsed);
    return true;
  });
}

/** Every read, newest first; rows that no longer parse are left out (and kept for a migration). */
export async function listReads(): Promise<ReadEntry[]> {
  const rows = await readingDb.reads.orderBy('readAt').reverse().toArray();
  return rows.flatMap((row) => {
    const parsed = ReadEntry.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function deleteRead(id: string): Promise<void> {
  await readingDb.reads.delete(id);
}

export async function clearReads(): Promise<void> {
  await readingDb.reads.clear();
}
