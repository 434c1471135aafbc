import type { LockSession } from '../store/writer-lock';
import { type Clock, systemClock } from './scheduler';

export interface ElectionOptions {
  /** Opens a session that may hold the writer lock (store/writer-lock.ts openLockSession). */
  connect: () => Promise<LockSession>;
  /** A new fencing epoch, claimed once elected (store/writer-epoch.ts). */
  claimEpoch: () => Promise<number>;
  /**
   * The writer's work (ingestion and clustering). Must end soon after `signal` aborts: when
   * this process stops, or loses the lock's connection (then another process may be elected).
   */
  lead: (signal: AbortSignal, epoch: number) => Promise<void>;
  /** Between a standby's attempts, and between the writer's checks of its lock connection. */
  pollMs: number;
  signal: AbortSignal;
  clock?: Clock;
  log?: (message: string, detail?: Record<string, unknown>) => void;
}

/**
 * One writer among many processes on one PostgreSQL (DESIGN.md, "Storage and scale"): each
 * process runs this; at most one at a time holds the session advisory lock and runs `lead`.
 * The others stand by, trying the lock every `pollMs`. The writer killed (kill -9, crash, its
 * machine gone), PostgreSQL ends its session and releases the lock; a standby takes it at its
 * next attempt, so failover takes about `pollMs` (plus the server's TCP keepalive when the
 * machine vanished without closing its socket). The writer checks its own lock connection every
 * `pollMs` and stops leading when it is gone; a write it had in flight meanwhile is refused by
 * the epoch fence, not trusted to timing. Returns once `signal` aborts.
 */
export async function runWriterElection(options: ElectionOptions): Promise<void> {
  const { signal, pollMs, clock = systemClock, log = () => {} } = options;
  let unreachableLogged = false;
  while (!signal.aborted) {
    let session: LockSession;
    try {
      session = await options.connect();
      unreachableLogged = false;
    } catch (error) {
      // Said once per outage, not every poll.
      if (!unreachableLogged)
        log('writer election: database unreachable, retrying', errorOf(error));
      unreachableLogged = true;
      await clock.sleep(pollMs, signal);
      continue;
    }
    try {
      let announced = false;
      while (!signal.aborted && !(await session.tryAcquire())) {
        if (!announced) log('standing by: another process is the writer');
        announced = true;
        await sleepUnlessLost(clock, pollMs, signal, session);
      }
      if (signal.aborted) break;
      const epoch = await options.claimEpoch();
      log('elected the writer', { epoch });
      const leading = new AbortController();
      const stop = () => leading.abort();
      signal.addEventListener('abort', stop, { once: true });
      void session.lost.then(stop);
      const watching = watchSession(clock, pollMs, leading.signal, session).then(stop);
      try {
        await options.lead(leading.signal, epoch);
      } finally {
        stop();
        signal.removeEventListener('abort', stop);
        await watching;
      }
      if (!signal.aborted) log('writer role lost (lock connection gone); standing by again');
    } catch (error) {
      log('writer election failed; retrying', errorOf(error));
      await clock.sleep(pollMs, signal);
    } finally {
      await session.close();
    }
  }
}

/** Resolves when the session fails a ping (or `signal` aborts). */
async function watchSession(
  clock: Clock,
  pollMs: number,
  signal: AbortSignal,
  session: LockSession,
): Promise<void> {
  while (!signal.aborted) {
    await clock.sleep(pollMs, signal);
    if (signal.aborted) return;
    try {
      await session.ping();
    } catch {
      return;
    }
  }
}

async function sleepUnlessLost(
  clock: Clock,
  ms: number,
  signal: AbortSignal,
  session: LockSession,
): Promise<void> {
  const wake = new AbortController();
  const forward = () => wake.abort();
  signal.addEventListener('abort', forward, { once: true });
  void session.lost.then(forward);
  await clock.sleep(ms, wake.signal);
  signal.removeEventListener('abort', forward);
}

function errorOf(error: unknown): { error: string } {
  return { error: (error as Error)?.message ?? String(error) };
}
