import { buildApp } from '../app';
import { ImportClustering } from '../cluster/import-clustering';
import { seedFromStore } from '../cluster/seed';
import { type Config, describeDatabase } from '../config';
import { importJsonl } from '../import/import-jsonl';
import { formatImportSummary } from '../import/import-summary';
import { loadFeedTargets } from '../ingest/feed-list';
import { runIngestLoop } from '../ingest/worker';
import { migrate } from '../store/migrate';
import { openDatabase } from '../store/open-database';
import type { Repository } from '../store/repository';
import { seedWireDetector } from '../wire/seed-wires';
import { WireDetector } from '../wire/wire-detector';
import { createIngester } from './ingest-commands';
import { openStore } from './open-store';

/** `parallax serve`: migrate, load the catalog, listen until SIGINT/SIGTERM. */
export async function serveCommand(config: Config): Promise<void> {
  const repository = await openStore(config);
  const app = await buildApp({ repository, config });
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await repository.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const stopIngest = await startIngestInServe(config, repository, app.log);
  console.log(
    `Parallax backend listening on http://${host}:${port} (${describeDatabase(config.database)})`,
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // In-flight requests finish; then the database is closed so SQLite checkpoints its WAL.
    await stopIngest();
    await app.close();
    await repository.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

/**
 * The feed scheduler, in-process unless PARALLAX_INGEST=off. Failing feeds (no internet) are
 * recorded in feed_health and shown by `parallax feeds`; serving goes on regardless.
 */
async function startIngestInServe(
  config: Config,
  repository: Repository,
  log: { info(o: object, m: string): void },
): Promise<() => Promise<void>> {
  if (config.ingest?.enabled === false) return async () => {};
  const { db } = await openDatabase(config.database);
  const ingester = createIngester(config, repository, db);
  const controller = new AbortController();
  const loop = runIngestLoop(
    ingester,
    () => loadFeedTargets(repository, config.ingest?.feedsFile),
    {
      signal: controller.signal,
      log: (message, detail) => log.info(detail ?? {}, message),
    },
  );
  return async () => {
    controller.abort();
    // A pass in flight may wait on fetch timeouts: shutdown waits for it a little, not more.
    await Promise.race([loop, new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
    await db.destroy().catch(() => {});
  };
}

/** `parallax migrate`: bring the schema up to date, nothing else. */
export async function migrateCommand(config: Config): Promise<void> {
  const { db } = await openDatabase(config.database);
  try {
    const { applied } = await migrate(db);
    console.log(
      applied.length > 0
        ? `Applied ${applied.length} migration(s): ${applied.join(', ')} (${describeDatabase(config.database)})`
        : `Database is up to date (${describeDatabase(config.database)})`,
    );
  } finally {
    await db.destroy();
  }
}

/**
 * `parallax import <file>`: stream a JSONL file of articles into the store. Articles without a
 * `story` are placed by the online clusterer, and why (similarity, terms) is stored with them.
 */
export async function importCommand(config: Config, file: string): Promise<void> {
  const repository = await openStore(config);
  // A second handle for the assignments table, which the repository does not cover.
  const { db } = await openDatabase(config.database);
  try {
    const showProgress = process.stderr.isTTY === true;
    const clustering = new ImportClustering();
    // Copies in this file are also found among the articles stored before it.
    const wires = new WireDetector();
    await seedWireDetector(wires, db);
    const summary = await importJsonl(repository, file, {
      wires,
      onProgress: showProgress
        ? (lines) => process.stderr.write(`\r  ${lines} lines read…`)
        : undefined,
      clustering,
      // Articles without a story can join stories already stored (earlier imports, ingestion).
      beforeClustering: () => seedFromStore(clustering, db),
      afterBatch: () => clustering.persist(db),
    });
    if (clustering.clustered > 0) {
      summary.clustered = { articles: clustering.clustered, merges: clustering.merges };
    }
    summary.wires = { attributed: wires.attributed, duplicates: wires.duplicates };
    if (showProgress) process.stderr.write('\r\x1b[K');
    console.log(formatImportSummary(summary));
  } finally {
    await db.destroy();
    await repository.close();
  }
}
