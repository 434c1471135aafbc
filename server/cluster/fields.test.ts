import { describe, expect, it } from 'vitest';
import { fitLogistic, logit } from './decision';
import { articleFields } from './fields';
import { multiDayStream } from './multi-day';
import { termOf } from './text';

const stem = (word: string) => termOf(word, 'en');

describe('fields', () => {
  it('gives a name and its short form a shared entity term, without the honorific', () => {
    const long = articleFields('Biden signs bill', 'Later, President Joe Biden said so.', stem);
    const short = articleFields(
      'Senate vote',
      'On Monday the bill went to Biden for a vote.',
      stem,
    );
    expect([...long.entities.keys()]).toEqual(expect.arrayContaining(['biden', 'joe biden']));
    expect(long.entities.has('president')).toBe(false);
    expect(short.entities.has('biden')).toBe(true);
    expect(short.entities.has('monday')).toBe(false);
  });

  it('reads numbers with their scale and quoted phrases as stemmed words and pairs', () => {
    const f = articleFields(
      "Trump slams Kerry for 'shadow diplomacy'",
      'The plan costs $1.9 trillion, 25 percent more, and “build back better” stays.',
      stem,
    );
    expect([...f.numbers.keys()]).toEqual(['1.9 trillion', '25%']);
    expect(f.quotes.has('shadow diplomaci')).toBe(true);
    expect(f.quotes.has('build better')).toBe(true); // "back" is a stopword
    expect(f.title.has('slam')).toBe(true);
  });
});

describe('fitLogistic', () => {
  it('separates two classes by the feature that tells them apart', () => {
    const rows = [0, 0.1, 0.2, 0.3, 0.7, 0.8, 0.9, 1].map((x) => [1, x]);
    const labels = [0, 0, 0, 1, 0, 1, 1, 1];
    const w = fitLogistic(rows, labels, { l2: 0.1 });
    expect(logit(w, [1, 0.9])).toBeGreaterThan(0);
    expect(logit(w, [1, 0.1])).toBeLessThan(0);
  });
});

describe('multiDayStream', () => {
  it('is deterministic, keeps every article and orders them by their new times', () => {
    const day = 86_400_000;
    const articles = ['a', 'b', 'c'].flatMap((story, s) =>
      [0, 1, 2].map((k) => ({
        id: `${story}${k}`,
        story,
        title: story,
        text: null,
        publishedAt: s * day,
        topic: 'Same topic',
      })),
    );
    const once = multiDayStream(articles);
    expect(multiDayStream(articles)).toEqual(once);
    expect(once.map((a) => a.id).sort()).toEqual(articles.map((a) => a.id).sort());
    const times = once.map((a) => a.publishedAt as number);
    expect(times).toEqual([...times].sort((x, y) => x - y));
  });
});
