import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';
import type { DatabaseConfig } from '../config';

/**
 * The databases the backend's tests run against: a real SQLite file in a temp folder and, when
 * the server is there, a fresh database on the real PostgreSQL. Same tests, both dialects.
 */
export type BackendKind = DatabaseConfig['kind'];

export interface TestDatabase {
  config: DatabaseConfig;
  /** Drops the database (PostgreSQL) or deletes its folder (SQLite). */
  drop(): Promise<void>;
}

/** The maintenance database used to create and drop the per-run test databases. */
const PG_ADMIN_URL = process.env.PARALLAX_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function probePostgres(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

const pgProblem = await probePostgres();
const onCi = process.env.CI === 'true';

async function createTestDatabase(kind: BackendKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const folder = mkdtempSync(path.join(tmpdir(), 'parallax-test-'));
    return {
      config: { kind: 'sqlite', path: path.join(folder, 'parallax.db') },
      drop: async () => rmSync(folder, { recursive: true, force: true }),
    };
  }
  if (pgProblem) {
    // Only reached under CI=true: there, a missing PostgreSQL is a failure, not a skip.
    throw new Error(`PostgreSQL at ${PG_ADMIN_URL} is unreachable (${pgProblem}); CI needs it.`);
  }
  const name = `parallax_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: url.toString() },
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * `describe.each` over both backends. Without PostgreSQL the PG suite is skipped with a visible
 * message, except under CI=true, where it runs and fails.
 */
export function describeEachBackend(
  title: string,
  body: (kind: BackendKind, createDatabase: () => Promise<TestDatabase>) => void,
): void {
  for (const kind of ['sqlite', 'postgres'] as const) {
    const skip = kind === 'postgres' && pgProblem !== null && !onCi;
    if (skip) {
      console.warn(
        `[parallax] Skipping "${title}" on PostgreSQL: ${PG_ADMIN_URL} is unreachable ` +
          `(${pgProblem}). Start PostgreSQL or set PARALLAX_TEST_PG_URL to run it.`,
      );
    }
    describe.skipIf(skip)(`${title} [${kind}]`, () => body(kind, () => createTestDatabase(kind)));
  }
}

/**
 * A suite that only PostgreSQL has (the writer election): skipped with a visible message when
 * the server is unreachable, except under CI=true, where it runs and fails.
 */
export function describePostgres(
  title: string,
  body: (createDatabase: () => Promise<TestDatabase>) => void,
): void {
  const skip = pgProblem !== null && !onCi;
  if (skip) {
    console.warn(
      `[parallax] Skipping "${title}": PostgreSQL at ${PG_ADMIN_URL} is unreachable ` +
        `(${pgProblem}). Start PostgreSQL or set PARALLAX_TEST_PG_URL to run it.`,
    );
  }
  describe.skipIf(skip)(`${title} [postgres]`, () => body(() => createTestDatabase('postgres')));
}
