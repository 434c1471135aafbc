import { describe, expect, it } from 'vitest';
import { exactJaccard } from '../testing/exact-jaccard';
import { LshIndex } from './lsh-index';
import { minHashSignature, SIGNATURE_SIZE, signatureSimilarity } from './minhash';
import { ledeShingles, ledeWords, MIN_LEDE_WORDS } from './shingles';

const words = (n: number, prefix = 'w') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('ledeWords', () => {
  it('drops a leading dateline, apostrophes and case, and stops at the limit', () => {
    expect(ledeWords('TUSCALOOSA, Ala. (AP) — The company’s board voted', 5)).toEqual([
      'the',
      'companys',
      'board',
      'voted',
    ]);
    expect(ledeWords("MEXICO CITY — The company's board", 3)).toEqual(['the', 'companys', 'board']);
    expect(ledeWords('Paris (AFP) – Le gouvernement a annoncé', 9)).toEqual([
      'le',
      'gouvernement',
      'a',
      'annoncé',
    ]);
    expect(ledeWords(words(100).join(' ')).length).toBe(60);
  });

  it('splits on punctuation and symbols, keeps letters beyond ASCII', () => {
    expect(ledeWords('Zürich’s “mayor”—elected 2021 × 3 東京', 10)).toEqual([
      'zürichs',
      'mayor',
      'elected',
      '2021',
      '3',
      '東京',
    ]);
  });

  it('keeps an ordinary first sentence whole', () => {
    expect(ledeWords('Senate Democrats approved a budget — a first step', 3)).toEqual([
      'senate',
      'democrats',
      'approved',
    ]);
  });
});

describe('ledeShingles and MinHash', () => {
  it('refuses ledes too short to compare', () => {
    expect(ledeShingles(null)).toBeNull();
    expect(ledeShingles(words(MIN_LEDE_WORDS - 1).join(' '))).toBeNull();
    expect(ledeShingles(words(MIN_LEDE_WORDS).join(' '))?.length).toBe(MIN_LEDE_WORDS - 2);
  });

  it('estimates Jaccard similarity within a few standard errors', () => {
    const base = words(60);
    for (const changed of [0, 3, 8, 20, 60]) {
      const other = base.map((w, i) =>
        i % Math.ceil(60 / Math.max(changed, 1)) === 0 && changed ? `${w}x` : w,
      );
      const a = ledeShingles(base.join(' ')) as Uint32Array;
      const b = ledeShingles(other.join(' ')) as Uint32Array;
      const estimate = signatureSimilarity(minHashSignature(a), minHashSignature(b));
      expect(Math.abs(estimate - exactJaccard(a, b))).toBeLessThan(0.2);
    }
  });

  it('is order-sensitive and deterministic', () => {
    const a = minHashSignature(ledeShingles(words(30).join(' ')) as Uint32Array);
    const b = minHashSignature(ledeShingles(words(30).reverse().join(' ')) as Uint32Array);
    expect(signatureSimilarity(a, b)).toBeLessThan(0.2);
    expect(minHashSignature(ledeShingles(words(30).join(' ')) as Uint32Array)).toEqual(a);
    expect(a.length).toBe(SIGNATURE_SIZE);
  });
});

describe('LshIndex', () => {
  const signatureOf = (prefix: string) =>
    minHashSignature(ledeShingles(words(40, prefix).join(' ')) as Uint32Array);

  it('finds an identical signature once and leaves unrelated ones out', () => {
    const index = new LshIndex<string>({ capacity: 100 });
    for (let i = 0; i < 50; i += 1) index.add(signatureOf(`p${i}_`), `item-${i}`);
    const found = index.candidates(signatureOf('p7_'));
    expect(found).toEqual([{ item: 'item-7', similarity: 1 }]);
  });

  it('forgets the oldest items when full, returning each as it goes', () => {
    const index = new LshIndex<string>({ capacity: 3 });
    const evicted = ['a', 'b', 'c', 'd', 'e'].map((p) => index.add(signatureOf(p), p));
    expect(evicted).toEqual([undefined, undefined, undefined, 'a', 'b']);
    expect(index.size).toBe(3);
    expect(index.candidates(signatureOf('a'))).toEqual([]);
    expect(index.candidates(signatureOf('b'))).toEqual([]);
    expect(index.candidates(signatureOf('e')).map((c) => c.item)).toEqual(['e']);
    // Buckets shared by the same signature unlink correctly whatever their position.
    const same = new LshIndex<number>({ capacity: 2 });
    for (let i = 0; i < 5; i += 1) same.add(signatureOf('x'), i);
    expect(
      same
        .candidates(signatureOf('x'))
        .map((c) => c.item)
        .sort(),
    ).toEqual([3, 4]);
  });

  it('refuses bands that need more rows than a signature has', () => {
    expect(() => new LshIndex({ bands: 40, rows: 2 })).toThrow(/larger signature/);
  });
});
