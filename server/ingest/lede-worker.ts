import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { extractLede, PageLede } from './extract-lede';

/** What comes back from the worker thread: parsed, as anything crossing a boundary. */
const Reply = z.object({ id: z.number(), page: PageLede.nullable() });
const Ready = z.object({ ready: z.literal(true) });

export type LedeResult = { ok: true; page: PageLede | null } | { ok: false; reason: string };

interface Job {
  id: number;
  html: string;
  url: string;
  resolve: (result: LedeResult) => void;
}

/** Thread failures in a row after which extraction falls back to the calling thread. */
const MAX_THREAD_FAILURES = 2;

/** Loading tsx, happy-dom and Readability in a new thread takes seconds on a busy machine. */
const STARTUP_TIMEOUT_MS = 60_000;

/**
 * Runs lede extraction (happy-dom + Readability: a tenth of a second to a second of CPU for a
 * real page) on a worker thread, so that `parallax serve` keeps answering API requests while its
 * poller reads pages, and so that a page that takes too long can be stopped: its thread is
 * terminated and the next page gets a new one. One page at a time; the time limit runs from
 * when the thread starts on a page, not while the page waits or the thread loads. Never throws.
 * If threads keep failing (no tsx in the worker, say), extraction runs on the calling thread.
 */
export class LedeWorker {
  private worker: Worker | null = null;
  /** The thread has loaded its modules (it says so) and takes pages. */
  private ready = false;
  private startupTimer: NodeJS.Timeout | null = null;
  private readonly queue: Job[] = [];
  private running: { job: Job; timer: NodeJS.Timeout } | null = null;
  private nextId = 1;
  private threadFailures = 0;

  constructor(private readonly timeoutMs = 20_000) {}

  extract(html: string, url: string): Promise<LedeResult> {
    if (this.threadFailures >= MAX_THREAD_FAILURES) {
      return extractLede(html, url).then((page) => ({ ok: true, page }));
    }
    return new Promise<LedeResult>((resolve) => {
      this.queue.push({ id: this.nextId++, html, url, resolve });
      this.pump();
    });
  }

  /** Ends the thread; the page being read and those waiting fail. */
  close(): void {
    for (const job of this.queue.splice(0))
      job.resolve({ ok: false, reason: 'extraction stopped' });
    this.finish('extraction stopped', true);
  }

  private pump(): void {
    if (this.running) return;
    const job = this.queue.shift();
    if (!job) {
      // Idle: the thread must not keep `parallax ingest` from exiting.
      this.worker?.unref();
      return;
    }
    const worker = this.threadFailures < MAX_THREAD_FAILURES ? this.thread() : null;
    if (!worker) {
      void extractLede(job.html, job.url).then((page) => job.resolve({ ok: true, page }));
      this.pump();
      return;
    }
    worker.ref();
    if (!this.ready) {
      this.queue.unshift(job);
      this.startupTimer ??= setTimeout(() => {
        this.threadFailures += 1;
        this.finish(`extraction thread did not start within ${STARTUP_TIMEOUT_MS / 1000} s`, true);
      }, STARTUP_TIMEOUT_MS);
      return;
    }
    const timer = setTimeout(
      () => this.finish(`extraction took more than ${this.timeoutMs / 1000} s`, true),
      this.timeoutMs,
    );
    this.running = { job, timer };
    worker.postMessage({ id: job.id, html: job.html, url: job.url });
  }

  private thread(): Worker | null {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(new URL('./lede-thread-entry.mjs', import.meta.url));
      this.ready = false;
      // A stopped thread's last words are not for its successor.
      worker.on('message', (message: unknown) => {
        if (this.worker === worker) this.onReply(message);
      });
      worker.on('error', (error) => {
        this.threadFailures += 1;
        this.finish(`extraction thread failed: ${error.message}`, true);
      });
      worker.on('exit', () => {
        if (this.worker !== worker) return;
        this.worker = null;
        if (this.running) this.finish('extraction thread exited', false);
      });
      this.worker = worker;
      return worker;
    } catch {
      this.threadFailures = MAX_THREAD_FAILURES;
      return null;
    }
  }

  private onReply(message: unknown): void {
    if (Ready.safeParse(message).success) {
      this.ready = true;
      this.clearStartupTimer();
      this.pump();
      return;
    }
    const reply = Reply.safeParse(message);
    if (!this.running || !reply.success || reply.data.id !== this.running.job.id) return;
    this.threadFailures = 0;
    const { job, timer } = this.running;
    clearTimeout(timer);
    this.running = null;
    job.resolve({ ok: true, page: reply.data.page });
    this.pump();
  }

  /** Fails the page being read; with `stop`, ends its thread too. Then the next page. */
  private finish(reason: string, stop: boolean): void {
    const wasLoading = this.worker !== null && !this.ready;
    if (stop) {
      const worker = this.worker;
      this.worker = null;
      this.ready = false;
      this.clearStartupTimer();
      void worker?.terminate();
    }
    if (this.running) {
      const { job, timer } = this.running;
      clearTimeout(timer);
      this.running = null;
      job.resolve({ ok: false, reason });
    } else if (stop && wasLoading) {
      // The thread failed while loading: the page waiting for it fails instead of the next thread.
      this.queue.shift()?.resolve({ ok: false, reason });
    }
    this.pump();
  }

  private clearStartupTimer(): void {
    if (this.startupTimer) clearTimeout(this.startupTimer);
    this.startupTimer = null;
  }
}
