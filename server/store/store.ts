import type { ArticlesPart } from './articles-part';
import type { AssignmentsPart } from './assignments-part';
import type { ClusterWindowPart } from './cluster-window';
import type { FeedHealthPart } from './feed-health';
import type { DatabaseKind } from './open-database';
import type { SourcesPart } from './sources-part';
import type { StoriesPart } from './stories-part';
import type { WireWindowPart } from './wire-window';
import type { WriterEpochPart } from './writer-epoch';

/** The store's parts, one per aggregate; the same inside a transaction (`Store.transaction`). */
export interface StoreParts {
  readonly sources: SourcesPart;
  readonly articles: ArticlesPart;
  readonly stories: StoriesPart;
  readonly assignments: AssignmentsPart;
  readonly feedHealth: FeedHealthPart;
  readonly wireWindow: WireWindowPart;
  readonly clusterWindow: ClusterWindowPart;
  readonly writer: WriterEpochPart;
}

/**
 * All storage, opened once per process (server/store/open-store.ts). Nothing outside
 * server/store/ sees SQL or a database handle: routes, the story service, importers, ingestion
 * and the CLI go through these parts.
 */
export interface Store extends StoreParts {
  readonly kind: DatabaseKind;
  /** Migrations applied when this store was opened (empty when the schema was up to date). */
  readonly appliedMigrations: readonly string[];
  /** Cheap round trip to the database, for /healthz. */
  ping(): Promise<void>;
  /**
   * Runs `fn` in one transaction with the parts bound to it: everything it writes is committed
   * together, or nothing is when it throws. Do not use the Store itself inside `fn` (on SQLite
   * the transaction holds the one connection: a query outside it would wait forever).
   */
  transaction<T>(fn: (tx: StoreParts) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
