import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001-initial';
import { sourceDetails } from './0002-source-details';
import { ratingImports } from './0003-rating-imports';
import { storyAssignments } from './0004-story-assignments';
import { articleUrlHash } from './0005-article-url-hash';
import { feedHealth } from './0006-feed-health';
import { articleWire } from './0007-article-wire';
import { dropEmptyStories } from './0008-drop-empty-stories';
import { storyViews } from './0009-story-views';
import { selfDuplicates } from './0010-self-duplicates';
import { writerEpoch } from './0011-writer-epoch';
import { articleKind } from './0012-article-kind';
import { prefixLookupCoveringIndex } from './0013-prefix-lookup-covering-index';

/**
 * Every migration this code knows, in order. Listed in code (not read from a folder) so that
 * tsx, bundlers and tests all see the same set. Names never change once released.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0002-source-details': sourceDetails,
  '0003-rating-imports': ratingImports,
  '0004-story-assignments': storyAssignments,
  '0005-article-url-hash': articleUrlHash,
  '0006-feed-health': feedHealth,
  '0007-article-wire': articleWire,
  '0008-drop-empty-stories': dropEmptyStories,
  '0009-story-views': storyViews,
  '0010-self-duplicates': selfDuplicates,
  '0011-writer-epoch': writerEpoch,
  '0012-article-kind': articleKind,
  '0013-prefix-lookup-covering-index': prefixLookupCoveringIndex,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...MIGRATIONS }),
};
