/**
 * Spaces requests to one host: each start is at least `interval` after the previous one's
 * (the larger of our own minimum and the host's robots.txt Crawl-delay). A slot further away
 * than `maxWaitMs` is refused instead of queued, so one slow host cannot hold up an ingest
 * pass: the caller skips that page (it is stored with its feed's text, or none).
 */
export class HostPacer {
  private readonly nextStart = new Map<string, number>();

  constructor(
    private readonly options: { minIntervalMs: number; maxWaitMs: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** Reserves the host's next start: milliseconds to wait for it, or null when too far. */
  reserve(host: string, crawlDelayMs: number | null = null): number | null {
    const now = this.now();
    const start = Math.max(now, this.nextStart.get(host) ?? now);
    if (start - now > this.options.maxWaitMs) return null;
    const interval = Math.max(this.options.minIntervalMs, crawlDelayMs ?? 0);
    this.nextStart.set(host, start + interval);
    if (this.nextStart.size > 10_000) this.forgetPast(now);
    return start - now;
  }

  private forgetPast(now: number): void {
    for (const [host, next] of this.nextStart) if (next <= now) this.nextStart.delete(host);
  }
}
