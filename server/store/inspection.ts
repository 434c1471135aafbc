import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import type { DatabaseConfig } from '../config';
import { openDatabase } from './open-database';

/**
 * Read-only looks at a database for the fault and failover tests (server/cli/crash-recovery,
 * writer-failover): here in the store because only the store holds database handles.
 *
 * What the fault and failover tests check of a database after a crash: the engine's own
 * integrity check (SQLite), and the invariants the writer keeps in every transaction, read with
 * plain SQL so that nothing of the code under test takes part in the verdict.
 */
export interface Consistency {
  /** SQLite: PRAGMA integrity_check and foreign_key_check both clean; PostgreSQL: true. */
  engineOk: boolean;
  articles: number;
  /** Articles sharing a URL with another: each article must be stored once. */
  duplicateUrls: number;
  assignments: number;
  /** Assignments that name another story than their article's, or no article at all. */
  strayAssignments: number;
  /** Stories without an article (a merge must delete them in the same transaction). */
  emptyStories: number;
  /** Stories with an article but no built view (the view is written with the articles). */
  storiesWithoutViews: number;
  /** The articles grouped by story, as sorted lists of ids: what "the same clustering" compares. */
  partition: string[][];
}

export async function readConsistency(config: DatabaseConfig): Promise<Consistency> {
  const { db } = await openDatabase(config);
  try {
    let engineOk = true;
    if (config.kind === 'sqlite') {
      const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
      const foreign = await sql`pragma foreign_key_check`.execute(db);
      engineOk =
        integrity.rows.length === 1 &&
        integrity.rows[0]?.integrity_check === 'ok' &&
        foreign.rows.length === 0;
    }
    const count = async (query: ReturnType<typeof sql<{ n: number | string }>>) =>
      Number((await query.execute(db)).rows[0]?.n ?? 0);
    const rows = await db.selectFrom('articles').select(['id', 'story_id']).orderBy('id').execute();
    const groups = new Map<string, string[]>();
    for (const row of rows) {
      const key = row.story_id ?? `(none) ${row.id}`;
      groups.set(key, [...(groups.get(key) ?? []), row.id]);
    }
    return {
      engineOk,
      articles: rows.length,
      duplicateUrls: await count(sql`select count(*) as n from articles a
        where a.url is not null and exists
          (select 1 from articles b where b.url = a.url and b.id <> a.id)`),
      assignments: await count(sql`select count(*) as n from story_assignments`),
      strayAssignments: await count(sql`select count(*) as n from story_assignments s
        where not exists
          (select 1 from articles a where a.id = s.article_id and a.story_id = s.story_id)`),
      emptyStories: await count(sql`select count(*) as n from stories s
        where not exists (select 1 from articles a where a.story_id = s.id)`),
      storiesWithoutViews: await count(sql`select count(*) as n from stories
        where story_json is null or preview_json is null`),
      partition: [...groups.values()].sort((a, b) =>
        (a[0] as string).localeCompare(b[0] as string),
      ),
    };
  } finally {
    await db.destroy();
  }
}

/** Articles stored, by a connection of its own (PostgreSQL or SQLite). */
export async function countArticles(config: DatabaseConfig): Promise<number> {
  const { db } = await openDatabase(config);
  try {
    return Number(
      (
        await db
          .selectFrom('articles')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst()
      )?.n ?? 0,
    );
  } finally {
    await db.destroy();
  }
}

/**
 * Committed articles in a SQLite file, read as another process would (WAL: beside the writer),
 * read-only so that a file not yet created stays uncreated; 0 before the schema exists.
 */
export function committedSqliteArticles(file: string): number {
  try {
    const db = new SQLite(file, { readonly: true, fileMustExist: true });
    try {
      return Number(db.prepare('select count(*) from articles').pluck().get());
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}
