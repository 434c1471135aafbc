import { describe, expect, it } from 'vitest';
import { StoryJsonCache } from './story-json-cache';

describe('StoryJsonCache', () => {
  const options = { ttlMs: 1_000, maxEntries: 3, maxBytes: 100 };

  it('keeps a text until its time is up', () => {
    let now = 0;
    const cache = new StoryJsonCache(options, () => now);
    cache.set('a', '{"id":"a"}');
    now = 999;
    expect(cache.get('a')).toBe('{"id":"a"}');
    now = 1_000;
    expect(cache.get('a')).toBeNull();
    expect(cache.size).toBe(0);
  });

  it('drops the oldest past its entry or byte budget, and never keeps an oversized text', () => {
    const cache = new StoryJsonCache(options, () => 0);
    for (const id of ['a', 'b', 'c', 'd']) cache.set(id, `{"id":"${id}"}`);
    expect(cache.get('a')).toBeNull();
    expect(cache.get('d')).not.toBeNull();
    cache.set('big', 'x'.repeat(90));
    // 3 × 10 + 90 bytes is over 100: the oldest go until it fits (b and c; d stays).
    expect([cache.get('b'), cache.get('c')]).toEqual([null, null]);
    expect(cache.size).toBe(2);
    cache.set('huge', 'x'.repeat(101));
    expect(cache.get('huge')).toBeNull();
  });

  it('forgets what a write touched', () => {
    const cache = new StoryJsonCache(options, () => 0);
    cache.set('a', '1');
    cache.set('b', '2');
    cache.forget(['a', 'zzz']);
    expect(cache.get('a')).toBeNull();
    expect(cache.get('b')).toBe('2');
  });
});
