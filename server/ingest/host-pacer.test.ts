import { describe, expect, it } from 'vitest';
import { HostPacer } from './host-pacer';

describe('HostPacer', () => {
  it('spaces starts on one host by the minimum interval, hosts independently', () => {
    let now = 0;
    const pacer = new HostPacer({ minIntervalMs: 1_000, maxWaitMs: 60_000 }, () => now);
    expect([pacer.reserve('a'), pacer.reserve('a'), pacer.reserve('a')]).toEqual([0, 1_000, 2_000]);
    expect(pacer.reserve('b')).toBe(0);
    now = 1_500;
    expect(pacer.reserve('a')).toBe(1_500); // the slot after 2,000 is 3,000
    now = 10_000;
    expect(pacer.reserve('a')).toBe(0);
  });

  it('uses a longer Crawl-delay, and refuses a slot further away than the longest wait', () => {
    const pacer = new HostPacer({ minIntervalMs: 1_000, maxWaitMs: 25_000 }, () => 0);
    expect(pacer.reserve('slow', 10_000)).toBe(0);
    expect(pacer.reserve('slow', 10_000)).toBe(10_000);
    expect(pacer.reserve('slow', 10_000)).toBe(20_000);
    expect(pacer.reserve('slow', 10_000)).toBe(null);
    expect(pacer.reserve('slow', 10_000)).toBe(null); // a refusal reserves nothing
    expect(pacer.reserve('other', 10_000)).toBe(0);
  });
});
