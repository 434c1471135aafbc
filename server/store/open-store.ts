import { sql } from 'kysely';
import type { DatabaseConfig } from '../config';
import { articlesPart } from './articles-part';
import { assignmentsPart } from './assignments-part';
import { clusterWindowPart } from './cluster-window';
import { feedHealthPart } from './feed-health';
import { migrate } from './migrate';
import { openDatabase } from './open-database';
import type { Db } from './schema';
import { SourceMatcherState, sourcesPart } from './sources-part';
import { asStorageError } from './storage-failure';
import type { Store, StoreParts } from './store';
import { storiesPart } from './stories-part';
import { wireWindowPart } from './wire-window';
import { writerEpochPart } from './writer-epoch';

/**
 * Opens the database (SQLite or PostgreSQL, per `config`), brings its schema up to date and
 * returns the one Store of this process.
 */
export async function openStore(config: DatabaseConfig): Promise<Store> {
  const { db, kind } = await openDatabase(config);
  try {
    const { applied } = await asStorageError(config, () => migrate(db));
    const matcher = new SourceMatcherState();
    await matcher.reload(db);
    return {
      kind,
      appliedMigrations: applied,
      ...partsOf(db, matcher, config, kind),
      async ping() {
        await sql`select 1`.execute(db);
      },
      async transaction(fn) {
        // A full disk or a read-only file is the operator's to fix: said so, nothing written.
        const result = await asStorageError(config, () =>
          db.transaction().execute((trx) => fn(partsOf(trx, matcher, config, kind))),
        );
        // Sources changed inside it: the matcher follows what was committed, not before.
        if (matcher.stale) await matcher.reload(db);
        return result;
      },
      close: () => db.destroy(),
    };
  } catch (error) {
    await db.destroy().catch(() => {});
    throw error;
  }
}

/** The parts over `db`: the database itself, or a transaction (then their writes join it). */
function partsOf(
  db: Db,
  matcher: SourceMatcherState,
  config: DatabaseConfig,
  kind: DatabaseConfig['kind'],
): StoreParts {
  // A write that must be all or nothing opens its own transaction, or joins the caller's.
  const atomic = <T>(fn: (db: Db) => Promise<T>): Promise<T> =>
    db.isTransaction ? fn(db) : asStorageError(config, () => db.transaction().execute(fn));
  return {
    sources: sourcesPart(db, matcher, atomic),
    articles: articlesPart(db, atomic),
    stories: storiesPart(db),
    assignments: assignmentsPart(db),
    feedHealth: feedHealthPart(db),
    wireWindow: wireWindowPart(db, atomic),
    clusterWindow: clusterWindowPart(db),
    writer: writerEpochPart(db, kind),
  };
}
