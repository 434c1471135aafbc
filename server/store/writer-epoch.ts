import { UserFacingError } from '../errors';
import type { DatabaseKind } from './open-database';
import type { Db } from './schema';

/**
 * A write refused because another writer was elected since this one was (server/ingest/
 * writer-election.ts). Nothing of the refused transaction is committed.
 */
export class WriterFencedError extends UserFacingError {
  override readonly name = 'WriterFencedError';
}

/**
 * `store.writer`: the elected writer's fencing token (migration 0011). The advisory lock says
 * who the writer is; this says whether a writer is still the newest one, at commit time. A
 * writer whose lock connection died learns it only when it next uses that connection, and its
 * pooled connections may be mid-write meanwhile: each of its writes checks the epoch first.
 */
export interface WriterEpochPart {
  /** Called once on election: a new epoch, which every earlier writer's next write is refused by. */
  claim(): Promise<number>;
  /**
   * Throws WriterFencedError when the epoch is no longer `epoch`. Inside a transaction on
   * PostgreSQL the row is read FOR SHARE: a successor's claim (an UPDATE) waits for this
   * transaction to end, or this one waits for the claim and then sees the new epoch. Either way
   * no write of the old writer commits after the new one was elected.
   */
  check(epoch: number): Promise<void>;
}

export function writerEpochPart(db: Db, kind: DatabaseKind): WriterEpochPart {
  return {
    async claim() {
      const row = await db
        .updateTable('writer_epoch')
        .set((eb) => ({ epoch: eb('epoch', '+', 1) }))
        .where('id', '=', 1)
        .returning('epoch')
        .executeTakeFirstOrThrow();
      return Number(row.epoch);
    },
    async check(epoch) {
      const query = db.selectFrom('writer_epoch').select('epoch').where('id', '=', 1);
      // SQLite has no row locks (nor FOR SHARE): its one writer holds the whole file instead.
      const row = await (kind === 'postgres' ? query.forShare() : query).executeTakeFirst();
      const current = Number(row?.epoch ?? 0);
      if (current !== epoch) {
        throw new WriterFencedError(
          `This process is no longer the writer: writer ${current} was elected after it (${epoch}). ` +
            'Nothing of this write was stored; the new writer takes over the work.',
        );
      }
    },
  };
}
