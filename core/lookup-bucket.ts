/**
 * The private lookup's buckets (k-anonymity, as in Safe Browsing, sized from the data).
 *
 * The SHA-256 of a canonical URL is read as a number h in [0, 2^52) from its first 13 hex
 * digits, and split into `buckets` equal ranges: bucket = floor(h × buckets / 2^52). The
 * backend picks `buckets` from how many articles it holds so that a bucket holds at least
 * MIN_BUCKET_ARTICLES of them on average, and tells the extension (GET /v1/lookup/config and
 * every prefix answer). A request then names one bucket of many articles, never the article.
 * Equal ranges rather than hex prefixes: a prefix can only halve, so its buckets would hold
 * anywhere from 32 to 64 articles; ranges hold ~32 whatever the size of the store.
 */

/** A bucket holds at least this many stored articles on average. */
export const MIN_BUCKET_ARTICLES = 32;

/** Hex digits of the hash that place it in a bucket: 52 bits, exact in BigInt arithmetic. */
export const BUCKET_HASH_DIGITS = 13;
const SPACE = 1n << 52n;

/** Most buckets a backend may use (far beyond any real store; keeps requests bounded). */
export const MAX_BUCKETS = 2 ** 32;

/** How many buckets a backend holding `articleCount` articles uses. */
export function bucketsFor(articleCount: number): number {
  return Math.min(MAX_BUCKETS, Math.max(1, Math.floor(articleCount / MIN_BUCKET_ARTICLES)));
}

/** The bucket, of `buckets`, that a full lower-case hex SHA-256 falls in. */
export function bucketOfHash(hash: string, buckets: number): number {
  const h = BigInt(`0x${hash.slice(0, BUCKET_HASH_DIGITS)}`);
  return Number((h * BigInt(buckets)) / SPACE);
}

/**
 * The hashes of one bucket as a half-open range of hex strings, for an indexed range query on
 * the stored hashes: `from <= hash` and (when `to` is not null) `hash < to`. A 64-digit hash
 * compares with a 13-digit bound as text exactly as the numbers compare.
 */
export function bucketRange(bucket: number, buckets: number): { from: string; to: string | null } {
  const lo = ceilDiv(BigInt(bucket) * SPACE, BigInt(buckets));
  const hi = ceilDiv(BigInt(bucket + 1) * SPACE, BigInt(buckets));
  return { from: hex(lo), to: hi >= SPACE ? null : hex(hi) };
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

function hex(value: bigint): string {
  return value.toString(16).padStart(BUCKET_HASH_DIGITS, '0');
}
