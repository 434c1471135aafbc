import Fastify from 'fastify';
import pretty from 'pino-pretty';
import { buildApp } from '../app';
import { ImportClustering } from '../cluster/import-clustering';
import { seedFromStore } from '../cluster/seed';
import { type Config, describeDatabase } from '../config';
import { UserFacingError } from '../errors';
import { loggerOptions } from '../http/request-log';
import { importJsonl } from '../import/import-jsonl';
import { formatImportSummary, rejectedCount } from '../import/import-summary';
import { openStore } from '../store/open-store';
import type { Store } from '../store/store';
import type { StoryService } from '../stories/story-service';
import { seedWireDetector } from '../wire/seed-wires';
import { WireDetector } from '../wire/wire-detector';
import { openBackend } from './open-backend';
import { checkRole, startWriting } from './serve-role';
import { asSoleWriter } from './sole-writer';

/**
 * `parallax serve`: migrate, load the catalog, then by role (serve-role.ts) serve the API
 * (`api`), ingest as the elected writer (`worker`), or both (`all`), until SIGINT/SIGTERM.
 */
export async function serveCommand(config: Config): Promise<void> {
  const role = checkRole(config);
  const backend = await openBackend(config);
  // A person at a terminal reads lines, not JSON; pipes and log collectors keep JSON.
  const logStream = process.stdout.isTTY
    ? pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss' })
    : undefined;
  const app =
    role === 'worker'
      ? null
      : await buildApp({ store: backend.store, stories: backend.stories, config, logStream });
  let listening = '';
  if (app) {
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
    listening = `listening on http://${host}:${port}`;
  }
  // A worker serves nothing, but logs as the API does (same levels, same JSON or pretty lines).
  const log = app?.log ?? Fastify({ logger: loggerOptions(config.logLevel, logStream) }).log;
  const stopWriting = startWriting(config, backend, log);
  // `process.on`, not `once`: a second Ctrl-C (or `npm start` passing on the one the terminal
  // already sent) must not kill the process mid-shutdown and leave the WAL behind.
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    // In-flight requests finish; then the database is closed so SQLite checkpoints its WAL.
    await stopWriting();
    await app?.close();
    await backend.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // Said only once the handlers are in place: a signal sent on reading this line (a supervisor,
  // a test) would otherwise meet the default action and end the process mid-start.
  const what = role === 'worker' ? 'worker started' : listening;
  const roleNote = role === 'all' ? '' : `, role ${role}`;
  console.log(`Parallax backend ${what} (${describeDatabase(config.database)}${roleNote})`);
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
  const backend = await openBackend(config);
  try {
    await asSoleWriter(config, backend, (stories) => importAsWriter(backend.store, stories, file));
  } finally {
    await backend.close();
  }
}

/** The import itself, with the writer's story service (fenced on PostgreSQL). */
async function importAsWriter(store: Store, stories: StoryService, file: string): Promise<void> {
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
}
