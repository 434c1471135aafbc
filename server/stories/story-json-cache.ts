/**
 * The last stored story JSON texts this process served, kept for a few seconds. A story is
 * read far more often than it changes, and reading it back (a prepared statement and a row per
 * request) cost the story route half of /healthz's throughput. Writes made through this
 * process's story service forget the stories they touch at once; writes of another process (an
 * ingest worker, another API node) show after at most `ttlMs`, which a story page does not
 * notice. Bounded by entries and bytes; unknown ids are never kept (a scan of random ids must
 * not fill it).
 */
export class StoryJsonCache {
  private readonly entries = new Map<string, { json: string; until: number }>();
  private bytes = 0;

  constructor(
    private readonly options: { ttlMs: number; maxEntries: number; maxBytes: number } = {
      ttlMs: 5_000,
      maxEntries: 5_000,
      maxBytes: 64 * 1024 * 1024,
    },
    private readonly now: () => number = Date.now,
  ) {}

  get(id: string): string | null {
    const entry = this.entries.get(id);
    if (!entry) return null;
    if (entry.until <= this.now()) {
      this.delete(id);
      return null;
    }
    return entry.json;
  }

  set(id: string, json: string): void {
    this.delete(id);
    if (json.length > this.options.maxBytes) return;
    this.entries.set(id, { json, until: this.now() + this.options.ttlMs });
    this.bytes += json.length;
    // Oldest first: a Map iterates in insertion order.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes)
        break;
      this.delete(oldest);
    }
  }

  forget(ids: Iterable<string>): void {
    for (const id of ids) this.delete(id);
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.bytes -= entry.json.length;
    this.entries.delete(id);
  }
}
