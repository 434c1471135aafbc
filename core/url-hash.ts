/**
 * The SHA-256 of a canonical URL: what the private lookup places in a bucket
 * (core/lookup-bucket.ts) and what the extension, keeping it to itself, picks its article by.
 *
 * URL_HASH_PREFIX_LENGTH and urlHashPrefix are the first private lookup's 8-hex-digit prefix,
 * which named one article (2,490 stored URLs gave 2,490 distinct prefixes) and which no request
 * sends any more. They remain only for the stored `articles.url_hash_prefix` column (migration
 * 0005 and the article writes fill it); new code uses lookup-bucket.ts.
 */
export const URL_HASH_PREFIX_LENGTH = 8;

/** SHA-256 of a canonical URL as lower-case hex; Web Crypto exists in browsers and Node ≥ 19. */
export async function urlHash(canonicalUrl: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(canonicalUrl),
  );
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** @deprecated The 8-digit prefix of `hash`, for `articles.url_hash_prefix` only (see above). */
export function urlHashPrefix(hash: string): string {
  return hash.slice(0, URL_HASH_PREFIX_LENGTH);
}
