import { describe, expect, it } from 'vitest';
import { quotable, type SummaryArticle, summarize } from './summary';

const left: SummaryArticle = {
  id: 'l',
  outlet: 'left-outlet',
  side: 'left',
  publishedAt: '2021-10-18T09:00:00Z',
  text:
    'The Supreme Court ruled Monday that police officers were entitled to qualified immunity in two cases. ' +
    'Civil rights groups said the rulings leave victims of excessive force without a remedy. ' +
    'The weather in Washington was pleasant for the time of year, observers noted.',
};
const center: SummaryArticle = {
  id: 'c',
  outlet: 'center-outlet',
  side: 'center',
  publishedAt: '2021-10-18T08:00:00Z',
  text:
    'The Supreme Court on Monday sided with police officers seeking qualified immunity in two use-of-force cases.\n\n' +
    'The unsigned opinions overturned lower appellate court decisions against the officers. ' +
    'In the other case, two officers were sued by the estate of a man whom they shot after...',
};
const right: SummaryArticle = {
  id: 'r',
  outlet: 'right-outlet',
  side: 'right',
  publishedAt: '2021-10-18T10:00:00Z',
  text:
    'The justices overturned two appeals court decisions that had denied officers qualified immunity. ' +
    'Police unions welcomed the unsigned opinions as a defense of officers who make split-second decisions.',
};

describe('summarize', () => {
  it('returns 3–5 sentences copied verbatim from the texts, from several outlets', () => {
    const overview = summarize([left, center, right]);
    expect(overview).not.toBeNull();
    const sentences = overview as string[];
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.length).toBeLessThanOrEqual(5);
    const texts = [left, center, right].map((a) => a.text as string);
    for (const sentence of sentences) expect(texts.some((t) => t.includes(sentence))).toBe(true);
    // Ledes first; the two ledes say the same thing, so only one of them is kept.
    expect(sentences[0]).toMatch(/^The Supreme Court (on Monday sided|ruled Monday)/);
    expect(sentences.filter((s) => s.startsWith('The Supreme Court'))).toHaveLength(1);
    // Cut-off fragments are never quoted.
    expect(sentences.some((s) => s.endsWith('...'))).toBe(false);
    // The off-topic aside shares nothing with other outlets: it ranks last, if at all.
    expect(
      sentences.indexOf(
        'The weather in Washington was pleasant for the time of year, observers noted.',
      ),
    ).not.toBe(0);
  });

  it('drops near-duplicates (wire copy) and returns null when too little text remains', () => {
    const wire =
      'The Supreme Court ruled Monday that police officers were entitled to qualified immunity.';
    const copies = ['a', 'b', 'c', 'd'].map((id) => ({
      id,
      outlet: id,
      side: 'center' as const,
      publishedAt: null,
      text: `${wire} Officers welcomed the ruling from the bench today.`,
    }));
    expect(summarize(copies)).toBeNull();
    expect(
      summarize([
        { ...left, text: null },
        { ...right, text: '' },
      ]),
    ).toBeNull();
    expect(summarize([])).toBeNull();
  });

  it('keeps one of two paraphrases built from words every outlet uses', () => {
    const article = (id: string, text: string) => ({
      id,
      outlet: id,
      side: 'center' as const,
      publishedAt: null,
      text,
    });
    const overview = summarize([
      article(
        'a',
        "The treaty caps total water withdrawals from the Great Lakes at current levels. Officials said the treaty would take effect once ratified by the Senate and approved by Canada's parliament.",
      ),
      article(
        'b',
        "Farm groups said the treaty caps on water withdrawals could raise costs for farmers. The agreement still needs ratification by the Senate and approval by Canada's parliament.",
      ),
      article(
        'c',
        "The Senate is expected to take up the Great Lakes treaty in the spring, leaders said. Canada's parliament must also approve the treaty before it takes effect.",
      ),
    ]);
    const both = [
      "Officials said the treaty would take effect once ratified by the Senate and approved by Canada's parliament.",
      "The agreement still needs ratification by the Senate and approval by Canada's parliament.",
    ];
    expect(overview).not.toBeNull();
    expect(both.filter((sentence) => overview?.includes(sentence)).length).toBeLessThanOrEqual(1);
  });

  it('quotes only complete, reasonable sentences', () => {
    expect(quotable('The court ruled for the officers in both cases on Monday.')).toBe(true);
    expect(quotable('“We are disappointed,” the lawyer for the family said on Monday.')).toBe(true);
    expect(
      quotable('In the other case, two officers were sued by the estate of a man after...'),
    ).toBe(false);
    expect(quotable('Too short.')).toBe(false);
    expect(quotable('and then the officers were sued by the estate of a man who died.')).toBe(
      false,
    );
    expect(quotable('Sign up for our newsletter to get the news delivered every morning.')).toBe(
      false,
    );
  });
});
