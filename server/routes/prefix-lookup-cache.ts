import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

// In libuv's thread pool: compressing ~100 KB takes milliseconds that the event loop keeps.
const gzipOffLoop = promisify(gzip);

/** How long an answer is served from memory: as long as the split's count is trusted. */
export const PREFIX_ANSWER_TTL_MS = 60_000;
/** Bytes of answers (JSON and gzip) kept at most: ~400 answers of a 32-article bucket. */
export const PREFIX_CACHE_MAX_BYTES = 48 * 1024 * 1024;

/** One bucket's answer, serialised once: as JSON, and gzipped for clients that accept it. */
export interface CachedAnswer {
  json: string;
  gzip: Buffer;
  at: number;
}

/**
 * The private lookup's answers by bucket, in memory. An answer is the same for every client
 * (the request names only the bucket), it is some 100 KB of JSON built from ~30 stored
 * previews, and at the real data's size every bucket is asked again and again: building it once
 * a minute instead of on every request is what lets the route keep up with /healthz.
 *
 * Entries live PREFIX_ANSWER_TTL_MS, and all go when the article count changes (`clear()`,
 * called by the split on each refresh that sees another count: new articles in any process);
 * a story refreshed without new articles shows within the TTL. The least recently used go first
 * past PREFIX_CACHE_MAX_BYTES. Nothing about who asked is kept.
 */
export class PrefixAnswerCache {
  readonly #answers = new Map<string, CachedAnswer>();
  #bytes = 0;

  constructor(
    private readonly ttlMs = PREFIX_ANSWER_TTL_MS,
    private readonly maxBytes = PREFIX_CACHE_MAX_BYTES,
    private readonly now: () => number = Date.now,
  ) {}

  get(bucket: number, buckets: number): CachedAnswer | undefined {
    const key = keyOf(bucket, buckets);
    const found = this.#answers.get(key);
    if (!found) return undefined;
    if (this.now() - found.at >= this.ttlMs) {
      this.#delete(key, found);
      return undefined;
    }
    // Most recently used last: Map keeps insertion order.
    this.#answers.delete(key);
    this.#answers.set(key, found);
    return found;
  }

  /** Compresses and keeps `json`; returns the entry to send. */
  async put(bucket: number, buckets: number, json: string): Promise<CachedAnswer> {
    const compressed = await gzipOffLoop(json);
    const key = keyOf(bucket, buckets);
    const old = this.#answers.get(key);
    if (old) this.#delete(key, old);
    const answer = { json, gzip: compressed, at: this.now() };
    this.#answers.set(key, answer);
    this.#bytes += sizeOf(answer);
    for (const [oldest, entry] of this.#answers) {
      if (this.#bytes <= this.maxBytes) break;
      this.#delete(oldest, entry);
    }
    return answer;
  }

  clear(): void {
    this.#answers.clear();
    this.#bytes = 0;
  }

  get size(): number {
    return this.#answers.size;
  }

  #delete(key: string, entry: CachedAnswer): void {
    this.#answers.delete(key);
    this.#bytes -= sizeOf(entry);
  }
}

/** Whether an Accept-Encoding header admits gzip (not refused with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

function keyOf(bucket: number, buckets: number): string {
  return `${buckets}:${bucket}`;
}

function sizeOf(answer: CachedAnswer): number {
  // UTF-16 in memory: two bytes a character, roughly.
  return answer.json.length * 2 + answer.gzip.length;
}
