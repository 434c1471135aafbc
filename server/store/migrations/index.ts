import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001-initial';

/**
 * Every migration this code knows, in order. Listed in code (not read from a folder) so that
 * tsx, bundlers and tests all see the same set. Names never change once released.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...MIGRATIONS }),
};
