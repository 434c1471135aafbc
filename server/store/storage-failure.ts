import type { DatabaseConfig } from '../config';
import { UserFacingError } from '../errors';

/**
 * A database that cannot be written for a reason the operator fixes, not a bug: a full disk, a
 * read-only file, folder or file system, a path that cannot be a file. The CLI prints the
 * message alone (server/errors.ts), and the transaction that hit it wrote nothing.
 */
export class StorageError extends UserFacingError {
  override readonly name = 'StorageError';
}

const FULL = new Set(['SQLITE_FULL', 'ENOSPC', '53100', 'EDQUOT']);
const READ_ONLY = new Set(['SQLITE_READONLY', 'EROFS', 'EACCES', 'EPERM', 'SQLITE_PERM']);
const NOT_A_PATH = new Set(['ENOTDIR', 'EEXIST', 'EISDIR']);

/** `error` as a StorageError naming the database and what to do, or null when it is not one. */
export function storageFailure(error: unknown, config: DatabaseConfig): StorageError | null {
  if (error instanceof UserFacingError) return null;
  const code = String((error as { code?: unknown })?.code ?? '');
  const where =
    config.kind === 'sqlite'
      ? `the SQLite database ${config.path}`
      : `PostgreSQL at ${redactUrl(config.url)}`;
  const detail = (error as Error)?.message ?? String(error);
  if (FULL.has(code)) {
    return new StorageError(
      `The disk holding ${where} is full (${detail}); nothing of the failed write was kept. ` +
        'Free some space (or move the database with PARALLAX_DB), then run the command again.',
    );
  }
  if (READ_ONLY.has(code) || code.startsWith('SQLITE_READONLY')) {
    return new StorageError(
      `Cannot write ${where}: it is read-only (${detail}). The database file and its folder ` +
        'must both be writable by this user (SQLite writes -wal and -shm files beside it); ' +
        'fix the permissions or the mount, or set PARALLAX_DB to a writable path.',
    );
  }
  if (code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_CANTOPEN')) {
    return new StorageError(
      `Cannot open ${where} (${detail}): its folder must exist and be writable by this user ` +
        '(SQLite creates -wal and -shm files beside the database). Fix the permissions, or set ' +
        'PARALLAX_DB to a writable path.',
    );
  }
  if (NOT_A_PATH.has(code)) {
    return new StorageError(
      `Cannot create ${where}: a part of that path is a file, not a folder (${detail}). ` +
        'Set PARALLAX_DB to a path inside a folder.',
    );
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new StorageError(
      `${where} is not a Parallax database or is damaged (${detail}). Point PARALLAX_DB at ` +
        'the right file, or restore it from a backup.',
    );
  }
  return null;
}

/** Runs `fn`, turning a storage failure into its StorageError; anything else is rethrown. */
export async function asStorageError<T>(config: DatabaseConfig, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw storageFailure(error, config) ?? error;
  }
}

/** The URL without its password, safe to print. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}
