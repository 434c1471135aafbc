import type { FastifyBaseLogger } from 'fastify';
import { type Config, describeDatabase, type ServeRole } from '../config';
import { UserFacingError } from '../errors';
import { loadFeedTargets } from '../ingest/feed-list';
import { runIngestLoop } from '../ingest/worker';
import { runWriterElection } from '../ingest/writer-election';
import { openLockSession } from '../store/writer-lock';
import { createIngester } from './ingest-commands';
import type { Backend } from './open-backend';

/**
 * What `serve --role` may run on this database, or why not. PostgreSQL: any mix of `api`,
 * `worker` and `all` processes, the writer elected among the `worker` and `all` ones. SQLite is
 * one file on one machine and has no election: its one writing process is `all` (with
 * PARALLAX_INGEST on); `api` processes beside it only read. A `worker` there would be a second
 * writer nothing keeps from clustering the same feeds twice, so it is refused.
 */
export function checkRole(config: Config): ServeRole {
  const role = config.role ?? 'all';
  if (role === 'worker' && config.database.kind === 'sqlite') {
    throw new UserFacingError(
      `--role worker needs PostgreSQL (DATABASE_URL): on SQLite (${describeDatabase(config.database)}) ` +
        'there is no writer election, so a separate worker could cluster the same feeds twice. ' +
        'Run one `parallax serve` (role all) per SQLite file, and any number of `--role api` beside it.',
    );
  }
  if (role === 'worker' && config.ingest?.enabled === false) {
    throw new UserFacingError(
      '--role worker with PARALLAX_INGEST=off would do nothing: a worker only ingests. ' +
        'Unset PARALLAX_INGEST, or run `--role api`.',
    );
  }
  return role;
}

/**
 * Starts this process's share of the writing: nothing for `api` (or PARALLAX_INGEST=off); the
 * feed scheduler directly on SQLite; on PostgreSQL the writer election, whose winner runs the
 * scheduler with every write fenced by its epoch. Returns how to stop it.
 */
export function startWriting(
  config: Config,
  backend: Backend,
  log: FastifyBaseLogger,
): () => Promise<void> {
  const role = checkRole(config);
  if (role === 'api' || config.ingest?.enabled === false) return async () => {};
  const controller = new AbortController();
  const say = (message: string, detail?: Record<string, unknown>) =>
    log.info(detail ?? {}, withFeedsHint(message, detail));
  const ingestUntil = (signal: AbortSignal, stories = backend.stories) =>
    runIngestLoop(
      createIngester(config, { ...backend, stories }),
      () => loadFeedTargets(backend.store.sources, config.ingest?.feedsFile),
      { signal, log: say },
    );
  const database = config.database;
  const running =
    database.kind === 'sqlite'
      ? ingestUntil(controller.signal)
      : runWriterElection({
          connect: () => openLockSession(database.url),
          claimEpoch: () => backend.store.writer.claim(),
          // A fresh ingester per election: its clusterer is seeded from what is stored now,
          // including everything the previous writer committed.
          lead: (signal, epoch) =>
            ingestUntil(
              signal,
              backend.stories.guarded((tx) => tx.writer.check(epoch)),
            ),
          pollMs: config.writerPollMs ?? 2_000,
          signal: controller.signal,
          log: say,
        });
  return async () => {
    controller.abort();
    // A pass in flight may wait on fetch timeouts: shutdown waits for it a little, not more.
    await Promise.race([running, new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
  };
}

/** A pass with failures says where to find out which feeds failed and why. */
export function withFeedsHint(message: string, detail?: Record<string, unknown>): string {
  const failed = typeof detail?.failed === 'number' && detail.failed > 0;
  return failed || message === 'ingest pass failed'
    ? `${message}; \`parallax feeds\` shows which feeds fail and why`
    : message;
}
