/**
 * Private lookups (k-anonymity, as in Safe Browsing): the extension sends only the first
 * URL_HASH_PREFIX_LENGTH hex digits of the SHA-256 of the canonical URL; the backend answers
 * with every article sharing that prefix and the extension picks its own by the full hash.
 * 8 hex digits = 32 bits: the backend learns which of ~4 billion buckets, never the URL.
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

export function urlHashPrefix(hash: string): string {
  return hash.slice(0, URL_HASH_PREFIX_LENGTH);
}
