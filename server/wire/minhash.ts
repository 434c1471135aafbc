import { mix32 } from './shingles';

/** MinHash values per signature: the similarity estimate's standard error is ≤ 0.5/√64 ≈ 0.06. */
export const SIGNATURE_SIZE = 64;

/** One fixed seed per MinHash function, so that signatures agree across runs and processes. */
const SEEDS = (() => {
  const seeds = new Uint32Array(SIGNATURE_SIZE);
  let state = 0x2545f491;
  for (let i = 0; i < SIGNATURE_SIZE; i += 1) {
    state = (state + 0x9e3779b9) >>> 0;
    seeds[i] = mix32(state);
  }
  return seeds;
})();

/**
 * The MinHash signature of a set of shingle hashes: for each of SIGNATURE_SIZE hash functions
 * (the shingle mixed with that function's seed), the smallest value over the set. Two
 * signatures agree in a position with probability equal to the sets' Jaccard similarity.
 * Values are compared as signed 32-bit integers (any fixed order will do for a minimum), which
 * keeps V8 on integer arithmetic: about twice as fast as unsigned values, which become doubles.
 */
export function minHashSignature(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE);
  const input = new Int32Array(shingles.buffer, shingles.byteOffset, shingles.length);
  const n = input.length;
  for (let i = 0; i < SIGNATURE_SIZE; i += 1) {
    const seed = (SEEDS[i] as number) | 0;
    let min = 0x7fffffff;
    for (let j = 0; j < n; j += 1) {
      let h = (input[j] as number) ^ seed;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h ^= h >>> 16;
      if (h < min) min = h;
    }
    signature[i] = min;
  }
  return signature;
}

/** The estimated Jaccard similarity of two signatures (the share of positions that agree). */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array, bOffset = 0): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i += 1) if (a[i] === b[bOffset + i]) same += 1;
  return same / SIGNATURE_SIZE;
}
