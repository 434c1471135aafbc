import pretty from 'pino-pretty';
import { buildApp } from '../app';
import { ImportClustering } from '../cluster/import-clustering';
import { seedFromStore } from '../cluster/seed';
import { type Config, describeDatabase } from '../config';
import { UserFacingError } from '../errors';
import { importJsonl } from '../import/import-jsonl';
import { formatImportSummary, rejectedCount } from '../import/import-summary';
import { loadFeedTargets } from '../ingest/feed-list';
import { runIngestLoop } from '../ingest/worker';
import { openStore } from '../store/open-store';
import { seedWireDetector } from '../wire/seed-wires';
import { WireDetector } from '../wire/wire-detector';
import { createIngester } from './ingest-commands';
import { type Backend, openBackend } from './open-backend';

/** `parallax serve`: migrate, load the catalog, listen until SIGINT/SIGTERM. */
export async function serveCommand(config: Config): Promise<void> {
  const backend = await openBackend(config);
  const app = await buildApp({
    store: backend.store,
    stories: backend.stories,
    config,
    // A person at a terminal reads lines, not JSON; pipes and log collectors keep JSON.
    logStream: process.stdout.isTTY
      ? pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss' })
      : undefined,
  });
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app.close();
    await backend.close();
    throw listenError(error, config);
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const stopIngest = await startIngestInServe(config, backend, app.log);
  // `process.on`, not `once`: a second Ctrl-C (or `npm start` passing on the one the terminal
  // already sent) must not kill the process mid-shutdown and leave the WAL behind.
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // In-flight requests finish; then the database is closed so SQLite checkpoints its WAL.
    await stopIngest();
    await app.close();
    await backend.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // Said only once the handlers are in place: a signal sent on reading this line (a supervisor,
  // a test) would otherwise meet the default action and end the process mid-start.
  console.log(
    `Parallax backend listening on http://${host}:${port} (${describeDatabase(config.database)})`,
  );
}

/** What a person can do when the address cannot be listened on; other errors stay bugs. */
function listenError(error: unknown, config: Config): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  const where = `${config.host}:${config.port}`;
  const fix = 'choose another with `parallax serve --port <port>` (or PORT=…)';
  if (code === 'EADDRINUSE') {
    return new UserFacingError(
      `Port ${config.port} on ${config.host} is already in use (another Parallax backend?). Stop what runs there, or ${fix}.`,
    );
  }
  if (code === 'EACCES') {
    return new UserFacingError(
      `Not allowed to listen on ${where} (ports below 1024 need privileges); ${fix}.`,
    );
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new UserFacingError(
      `Cannot listen on ${where}: this machine has no such address. Use \`--host 127.0.0.1\` (or HOST=…), or 0.0.0.0 for every address.`,
    );
  }
  return error;
}

/**
 * The feed scheduler, in-process unless PARALLAX_INGEST=off. Failing feeds (no internet) are
 * recorded in feed_health and shown by `parallax feeds`; serving goes on regardless.
 */
async function startIngestInServe(
  config: Config,
  backend: Backend,
  log: { info(o: object, m: string): void },
): Promise<() => Promise<void>> {
  if (config.ingest?.enabled === false) return async () => {};
  // The same Store as the API: one handle per process.
  const ingester = createIngester(config, backend);
  const controller = new AbortController();
  const loop = runIngestLoop(
    ingester,
    () => loadFeedTargets(backend.store.sources, config.ingest?.feedsFile),
    {
      signal: controller.signal,
      log: (message, detail) => log.info(detail ?? {}, withFeedsHint(message, detail)),
    },
  );
  return async () => {
    controller.abort();
    // A pass in flight may wait on fetch timeouts: shutdown waits for it a little, not more.
    await Promise.race([loop, new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
  };
}

/** A pass with failures says where to find out which feeds failed and why. */
export function withFeedsHint(message: string, detail?: Record<string, unknown>): string {
  const failed = typeof detail?.failed === 'number' && detail.failed > 0;
  return failed || message === 'ingest pass failed'
    ? `${message}; \`parallax feeds\` shows which feeds fail and why`
    : message;
}

/** `parallax migrate`: bring the schema up to date, nothing else. */
export async function migrateCommand(config: Config): Promise<void> {
  // Opening the store brings the schema up to date; nothing else is done.
  const store = await openStore(config.database);
  try {
    const applied = store.appliedMigrations;
    console.log(
      applied.length > 0
        ? `Applied ${applied.length} migration(s): ${applied.join(', ')} (${describeDatabase(config.database)})`
        : `Database is up to date (${describeDatabase(config.database)})`,
    );
  } finally {
    await store.close();
  }
}

/**
 * `parallax import <file>`: stream a JSONL file of articles into the store. Articles without a
 * `story` are placed by the online clusterer, and why (similarity, terms) is stored with them.
 */
export async function importCommand(config: Config, file: string): Promise<void> {
  const { store, stories, close } = await openBackend(config);
  try {
    const showProgress = process.stderr.isTTY === true;
    const clustering = new ImportClustering();
    // Copies in this file are also found among the articles stored before it.
    const wires = new WireDetector();
    await seedWireDetector(wires, store.wireWindow);
    const summary = await importJsonl({ store, stories }, file, {
      wires,
      onProgress: showProgress
        ? (lines) => process.stderr.write(`\r  ${lines} lines read…`)
        : undefined,
      clustering,
      // Articles without a story can join stories already stored (earlier imports, ingestion).
      beforeClustering: () => seedFromStore(clustering, store.clusterWindow),
    });
    if (clustering.clustered > 0) {
      summary.clustered = { articles: clustering.clustered, merges: clustering.merges };
    }
    summary.wires = { attributed: wires.attributed, duplicates: wires.duplicates };
    if (showProgress) process.stderr.write('\r\x1b[K');
    console.log(formatImportSummary(summary));
    // Lines that were there but none usable is a failed import, for a script as for a person.
    if (summary.imported + summary.updated === 0 && rejectedCount(summary) > 0) {
      console.error(
        'parallax: nothing was imported: every line was rejected (reasons above). Each line must be one JSON article; see README, "Importing articles".',
      );
      process.exitCode = 1;
    }
  } finally {
    await close();
  }
}
