/**
 * The exact Jaccard similarity of two shingle sets: what a MinHash signature
 * (server/wire/minhash.ts) estimates, computed in full for tests to compare with.
 */
export function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let shared = 0;
  for (const x of sa) if (sb.has(x)) shared += 1;
  return shared / (sa.size + sb.size - shared);
}
