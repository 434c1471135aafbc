import { SIGNATURE_SIZE, signatureSimilarity } from './minhash';
import { mix32 } from './shingles';

export interface LshOptions {
  /** Most recent signatures kept; the oldest is forgotten when a new one arrives. */
  capacity: number;
  /** Bands × rows ≤ SIGNATURE_SIZE. Two signatures are candidates when any band agrees. */
  bands: number;
  rows: number;
}

/**
 * 21 bands of 3 rows: a pair with Jaccard similarity s becomes a candidate with probability
 * 1 − (1 − s³)²¹: 0.994 at 0.6, 0.44 at 0.3, 0.02 at 0.1, so near-copies are found while most of
 * the window is never looked at.
 */
export const DEFAULT_LSH: LshOptions = { capacity: 50_000, bands: 21, rows: 3 };

/**
 * MinHash signatures of the most recent items in a ring of fixed capacity, with locality
 * sensitive hashing (banding) to find the ones similar to a new signature without comparing it
 * with all of them. Everything lives in typed arrays (one chained hash table per band), so a
 * window of 50,000 costs about 27 MB and no garbage per item.
 */
export class LshIndex<T> {
  readonly options: LshOptions;
  private readonly signatures: Uint32Array;
  private readonly items: Array<T | undefined>;
  /** Per band: bucket → first slot in it, or −1. */
  private readonly heads: Int32Array[];
  /** Per slot and band: the next slot in the same bucket, or −1. */
  private readonly next: Int32Array;
  /** Per slot and band: the band's full key (buckets are shared by keys that collide). */
  private readonly keys: Uint32Array;
  private readonly mask: number;
  /** Per slot: the query that last reported it, so each candidate is reported once. */
  private readonly seenBy: Uint32Array;
  private query = 0;
  private cursor = 0;
  private count = 0;

  constructor(options: Partial<LshOptions> = {}) {
    this.options = { ...DEFAULT_LSH, ...options };
    const { capacity, bands, rows } = this.options;
    if (bands * rows > SIGNATURE_SIZE || capacity < 1) {
      throw new Error(`LshIndex: ${bands} bands × ${rows} rows need a larger signature`);
    }
    let tableSize = 1;
    while (tableSize < capacity) tableSize *= 2;
    this.mask = tableSize - 1;
    this.signatures = new Uint32Array(capacity * SIGNATURE_SIZE);
    this.items = new Array(capacity);
    this.heads = Array.from({ length: bands }, () => new Int32Array(tableSize).fill(-1));
    this.next = new Int32Array(capacity * bands).fill(-1);
    this.keys = new Uint32Array(capacity * bands);
    this.seenBy = new Uint32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Adds an item with its signature; when the ring is full, forgets the oldest and returns it. */
  add(signature: Uint32Array, item: T): T | undefined {
    const { capacity, bands } = this.options;
    const slot = this.cursor;
    const evicted = this.items[slot];
    if (evicted !== undefined) this.unlink(slot);
    this.signatures.set(signature.subarray(0, SIGNATURE_SIZE), slot * SIGNATURE_SIZE);
    this.items[slot] = item;
    for (let band = 0; band < bands; band += 1) {
      const key = this.bandKey(signature, band);
      const bucket = key & this.mask;
      const at = slot * bands + band;
      this.keys[at] = key;
      this.next[at] = this.heads[band]?.[bucket] ?? -1;
      (this.heads[band] as Int32Array)[bucket] = slot;
    }
    this.cursor = (slot + 1) % capacity;
    this.count = Math.min(this.count + 1, capacity);
    return evicted;
  }

  /** Items sharing at least one band with `signature`, each once, with their estimated similarity. */
  candidates(signature: Uint32Array): Array<{ item: T; similarity: number }> {
    const { bands } = this.options;
    this.query = (this.query + 1) >>> 0 || 1;
    const found: Array<{ item: T; similarity: number }> = [];
    for (let band = 0; band < bands; band += 1) {
      const key = this.bandKey(signature, band);
      for (
        let slot = this.heads[band]?.[key & this.mask] ?? -1;
        slot !== -1;
        slot = this.next[slot * bands + band] as number
      ) {
        if (this.keys[slot * bands + band] !== key || this.seenBy[slot] === this.query) continue;
        this.seenBy[slot] = this.query;
        const item = this.items[slot] as T;
        found.push({ item, similarity: this.similarityAt(signature, slot) });
      }
    }
    return found;
  }

  private similarityAt(signature: Uint32Array, slot: number): number {
    return signatureSimilarity(signature, this.signatures, slot * SIGNATURE_SIZE);
  }

  /** The band's rows hashed to one key; the band number is mixed in so bands never collide. */
  private bandKey(signature: Uint32Array, band: number): number {
    const { rows } = this.options;
    let h = Math.imul(band + 1, 0x9e3779b1);
    for (let row = 0; row < rows; row += 1) {
      h = Math.imul(h ^ (signature[band * rows + row] as number), 0x01000193);
    }
    return mix32(h);
  }

  /** Removes the slot from every band's bucket chain before it is reused. */
  private unlink(slot: number): void {
    const { bands } = this.options;
    for (let band = 0; band < bands; band += 1) {
      const at = slot * bands + band;
      const heads = this.heads[band] as Int32Array;
      const bucket = (this.keys[at] as number) & this.mask;
      if (heads[bucket] === slot) {
        heads[bucket] = this.next[at] as number;
      } else {
        let previous = heads[bucket] as number;
        while (previous !== -1 && this.next[previous * bands + band] !== slot) {
          previous = this.next[previous * bands + band] as number;
        }
        if (previous !== -1) this.next[previous * bands + band] = this.next[at] as number;
      }
      this.next[at] = -1;
    }
    this.items[slot] = undefined;
  }
}
