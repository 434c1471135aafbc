import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  type DatabaseConnection,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  sql,
} from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config';
import { UserFacingError } from '../errors';
import type { Db, Tables } from './schema';
import { redactUrl, storageFailure } from './storage-failure';

export type DatabaseKind = DatabaseConfig['kind'];

/** An open database: the Kysely handle and which dialect is behind it. */
export interface OpenDatabase {
  db: Db;
  kind: DatabaseKind;
}

export class DatabaseUnavailableError extends UserFacingError {
  override readonly name = 'DatabaseUnavailableError';
}

/**
 * The one place where SQLite and PostgreSQL differ. Everything above this file (migrations,
 * repository) is written once in portable Kysely.
 */
export async function openDatabase(config: DatabaseConfig): Promise<OpenDatabase> {
  return config.kind === 'sqlite' ? openSqlite(config.path) : openPostgres(config.url);
}

function openSqlite(file: string): OpenDatabase {
  const config = { kind: 'sqlite', path: file } as const;
  let sqlite: SQLite.Database | undefined;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    sqlite = new SQLite(file);
    // WAL lets API readers run while the importer writes; busy_timeout waits out short locks
    // from another process instead of failing at once.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
  } catch (error) {
    sqlite?.close();
    throw (
      storageFailure(error, config) ??
      new DatabaseUnavailableError(
        `Cannot open the SQLite database ${file}: ${(error as Error).message}. ` +
          'Check that the path is writable, or set PARALLAX_DB to another file.',
      )
    );
  }
  return {
    db: new Kysely<Tables>({ dialect: new SafeRollbackSqliteDialect(sqlite) }),
    kind: 'sqlite',
  };
}

/**
 * SQLite rolls a transaction back by itself on some errors (SQLITE_FULL, SQLITE_IOERR): Kysely's
 * ROLLBACK after them failed with "cannot rollback - no transaction is active", which hid the
 * real error (a full disk) from the operator. Roll back only what is still open.
 */
class SafeRollbackSqliteDialect extends SqliteDialect {
  constructor(private readonly sqlite: SQLite.Database) {
    super({ database: sqlite });
  }
  override createDriver(): SqliteDriver {
    const sqlite = this.sqlite;
    return new (class extends SqliteDriver {
      override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
        if (sqlite.inTransaction) await super.rollbackTransaction(connection);
      }
    })({ database: sqlite });
  }
}

async function openPostgres(url: string): Promise<OpenDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // A client that loses its server (restart, pg_terminate_backend: 57P01) must not crash the
  // process. pool.on('error') only hears idle clients: pg-pool removes its listener while a
  // client is checked out, and a client's unheard 'error' event throws. The query in flight
  // rejects with the error anyway, and pg-pool drops the broken client when it is released.
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy().catch(() => {});
    throw new DatabaseUnavailableError(
      `Cannot reach PostgreSQL at ${redactUrl(url)}: ${(error as Error).message || String(error)}. ` +
        'Start the server, or fix DATABASE_URL (unset it to use the embedded SQLite file).',
    );
  }
  return { db, kind: 'postgres' };
}

export { redactUrl } from './storage-failure';
