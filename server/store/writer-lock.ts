import pg from 'pg';
import { redactUrl } from './storage-failure';

/**
 * The advisory lock's key (pg_try_advisory_lock(int, int)): Parallax's class and the writer's
 * partition. One partition today; DESIGN.md's writers per language or region would each take
 * their own second key.
 */
const LOCK_CLASS = 0x50524c58; // "PRLX"
export const WRITER_PARTITION = 1;

/** One PostgreSQL session that may hold the writer lock, as the election needs it. */
export interface LockSession {
  /** Takes the lock if no other session holds it; never waits. */
  tryAcquire(): Promise<boolean>;
  /** A round trip on the session: rejects once the connection is gone. */
  ping(): Promise<void>;
  /** Settles when the connection fails or ends: the lock, if held, is PostgreSQL's to release. */
  readonly lost: Promise<Error>;
  /** Ends the session; PostgreSQL releases a held lock with it. */
  close(): Promise<void>;
}

/**
 * A session on its own connection, outside the pool: a session lock belongs to the connection
 * that took it, and PostgreSQL releases it when that connection ends for any reason (the process
 * killed, the machine gone, the backend terminated). The pool's connections come and go, so the
 * lock must not live on one of them.
 */
export async function openLockSession(url: string): Promise<LockSession> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: 5_000,
    // The client notices a server that vanished without closing the socket.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    application_name: 'parallax-writer-election',
  });
  let markLost: (error: Error) => void = () => {};
  const lost = new Promise<Error>((resolve) => {
    markLost = resolve;
  });
  client.on('error', (error) => markLost(error));
  client.on('end', () => markLost(new Error('the lock connection ended')));
  try {
    await client.connect();
    // And the server notices a writer machine that vanished (power, network) within about 25 s,
    // ending its session and so freeing the lock. Ignored on Unix-socket connections.
    await client.query(
      'set tcp_keepalives_idle = 10; set tcp_keepalives_interval = 5; set tcp_keepalives_count = 3',
    );
  } catch (error) {
    await client.end().catch(() => {});
    throw new Error(
      `Cannot open the writer-election connection to ${redactUrl(url)}: ${(error as Error).message}`,
    );
  }
  return {
    async tryAcquire() {
      const result = await client.query<{ locked: boolean }>(
        'select pg_try_advisory_lock($1, $2) as locked',
        [LOCK_CLASS, WRITER_PARTITION],
      );
      return result.rows[0]?.locked === true;
    },
    async ping() {
      await client.query('select 1');
    },
    lost,
    close: () => client.end().catch(() => {}),
  };
}

/** The process (pid, address) holding the writer lock now, as PostgreSQL sees it; null if none. */
export async function writerLockHolder(url: string): Promise<{ pid: number } | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const result = await client.query<{ pid: number }>(
      `select pid from pg_locks
        where locktype = 'advisory' and granted and classid = $1 and objid = $2 and objsubid = 2
          and database = (select oid from pg_database where datname = current_database())`,
      [LOCK_CLASS, WRITER_PARTITION],
    );
    return result.rows[0] ? { pid: Number(result.rows[0].pid) } : null;
  } finally {
    await client.end();
  }
}
