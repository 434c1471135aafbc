import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseConfig } from '../server/config';
import {
  databaseSizeBytes,
  databaseUrl,
  dropDatabase,
  ensureDatabase,
} from '../server/store/postgres-admin';

/** The maintenance database the PostgreSQL bench creates its own database from. */
const PG_ADMIN_URL = process.env.PARALLAX_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A database the scale bench fills: where it is, its size on disk, and how it is cleaned up. */
export interface ScaleDatabase {
  config: DatabaseConfig;
  label: string;
  /** Whether it already held a corpus (kept from an earlier run): then it is measured, not filled. */
  reused: boolean;
  sizeBytes(): Promise<number>;
  /** Deletes it, unless it was asked to be kept. */
  release(): Promise<void>;
}

/**
 * SQLite: `keptFile` (PARALLAX_BENCH_1M_DB) when given, kept afterwards and reused when it
 * exists; otherwise a file in a temp folder, deleted at the end.
 */
export function sqliteScaleDatabase(keptFile: string | undefined): ScaleDatabase {
  const dir = keptFile ? null : mkdtempSync(join(tmpdir(), 'parallax-scale-'));
  const file = keptFile ?? join(dir as string, 'scale.db');
  const reused = keptFile !== undefined && existsSync(keptFile);
  return {
    config: { kind: 'sqlite', path: file },
    label: 'SQLite',
    reused,
    // The WAL holds pages not yet checkpointed into the main file: both are the database.
    sizeBytes: async () => [file, `${file}-wal`].reduce((sum, f) => sum + fileSize(f), 0),
    release: async () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * PostgreSQL: a database on the server of PARALLAX_BENCH_PG_URL, named `keptName`
 * (PARALLAX_BENCH_1M_PG_DB) when given, kept and reused; otherwise a fresh one, dropped at the end.
 */
export async function postgresScaleDatabase(keptName: string | undefined): Promise<ScaleDatabase> {
  const name = keptName ?? `parallax_bench_${Date.now().toString(36)}`;
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) {
    throw new Error(`PARALLAX_BENCH_1M_PG_DB is "${name}": expected a lowercase SQL identifier.`);
  }
  const exists = await ensureDatabase(PG_ADMIN_URL, name);
  return {
    config: { kind: 'postgres', url: databaseUrl(PG_ADMIN_URL, name) },
    label: 'PostgreSQL',
    reused: keptName !== undefined && exists,
    sizeBytes: () => databaseSizeBytes(PG_ADMIN_URL, name),
    release: async () => {
      if (!keptName) await dropDatabase(PG_ADMIN_URL, name);
    },
  };
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
