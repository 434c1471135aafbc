import { describe, expect, it } from 'vitest';
import {
  BUCKET_HASH_DIGITS,
  bucketOfHash,
  bucketRange,
  bucketsFor,
  MIN_BUCKET_ARTICLES,
} from './lookup-bucket';

/** A deterministic stream of pseudo-random 64-digit hex hashes (xorshift). */
function* hashes(count: number): Generator<string> {
  let state = 0x9e3779b9;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0).toString(16).padStart(8, '0');
  };
  for (let i = 0; i < count; i++) yield Array.from({ length: 8 }, next).join('');
}

describe('lookup buckets', () => {
  it('holds at least MIN_BUCKET_ARTICLES articles a bucket on average', () => {
    for (const count of [0, 1, 31, 32, 63, 64, 2_490, 1_000_000, 123_456_789]) {
      const buckets = bucketsFor(count);
      expect(buckets).toBeGreaterThanOrEqual(1);
      if (count >= MIN_BUCKET_ARTICLES) {
        expect(count / buckets).toBeGreaterThanOrEqual(MIN_BUCKET_ARTICLES);
        expect(count / buckets).toBeLessThan(2 * MIN_BUCKET_ARTICLES);
      }
    }
    expect(bucketsFor(2_490)).toBe(77);
    expect(bucketsFor(1_000_000)).toBe(31_250);
  });

  it('places a hash in the bucket whose range holds it', () => {
    const bucketCounts = [1, 2, 3, 7, 77, 31_250, 999_983, 2 ** 32];
    let i = 0;
    for (const hash of hashes(2_000)) {
      const buckets = bucketCounts[i++ % bucketCounts.length] as number;
      const bucket = bucketOfHash(hash, buckets);
      expect(bucket).toBeGreaterThanOrEqual(0);
      expect(bucket).toBeLessThan(buckets);
      const { from, to } = bucketRange(bucket, buckets);
      expect(from.length).toBe(BUCKET_HASH_DIGITS);
      expect(hash >= from).toBe(true);
      if (to !== null) expect(hash < to).toBe(true);
    }
  });

  it('tiles the hash space: each range starts where the one before ends', () => {
    const buckets = 77;
    expect(bucketRange(0, buckets).from).toBe('0'.repeat(BUCKET_HASH_DIGITS));
    for (let b = 1; b < buckets; b++) {
      expect(bucketRange(b, buckets).from).toBe(bucketRange(b - 1, buckets).to);
    }
    expect(bucketRange(buckets - 1, buckets).to).toBeNull();
    expect(bucketOfHash('f'.repeat(64), buckets)).toBe(buckets - 1);
    expect(bucketOfHash('0'.repeat(64), buckets)).toBe(0);
  });

  it('spreads real-looking hashes evenly', async () => {
    const { urlHash } = await import('./url-hash');
    const buckets = 16;
    const counts = new Array(buckets).fill(0);
    for (let i = 0; i < 3_200; i++) {
      counts[bucketOfHash(await urlHash(`https://example.com/news/${i}`), buckets)] += 1;
    }
    for (const count of counts) expect(count).toBeGreaterThan(120);
  });
});
