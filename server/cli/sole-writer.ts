import { type Config, describeDatabase } from '../config';
import { UserFacingError } from '../errors';
import { openLockSession } from '../store/writer-lock';
import type { StoryService } from '../stories/story-service';
import type { Backend } from './open-backend';

/**
 * Runs a one-off writing command (`parallax ingest`, `parallax import`) as the writer. On
 * PostgreSQL it takes the writer lock for its run, so it never clusters beside an elected
 * `serve --role worker`/`all` (nor another such command), and its writes are fenced like the
 * writer's; if another process holds the lock it refuses at once, saying which. SQLite has no
 * election: the command runs as before (one writer per file is the operator's to keep).
 */
export async function asSoleWriter<T>(
  config: Pick<Config, 'database'>,
  backend: Backend,
  work: (stories: StoryService) => Promise<T>,
): Promise<T> {
  const database = config.database;
  if (database.kind === 'sqlite') return work(backend.stories);
  const session = await openLockSession(database.url);
  try {
    if (!(await session.tryAcquire())) {
      throw new UserFacingError(
        `Another process is the writer on this database (${describeDatabase(database)}): a \`parallax serve\` with role worker or all, or another import or ingest. ` +
          'It already polls and clusters; running this beside it could cluster the same articles twice. ' +
          'Wait for it to finish, or stop the workers first (docs/deploy/README.md).',
      );
    }
    const epoch = await backend.store.writer.claim();
    return await work(backend.stories.guarded((tx) => tx.writer.check(epoch)));
  } finally {
    await session.close();
  }
}
