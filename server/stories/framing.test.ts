import { describe, expect, it } from 'vitest';
import {
  backgroundCounts,
  FRAMING_MIN_TOKENS_PER_SIDE,
  FRAMING_MIN_Z,
  type FramingArticle,
  framingOf,
  weightedLogOdds,
} from './framing';
import { framingTerms } from './terms';

const shared =
  'The Senate voted on the border bill after a long debate about funding and security at the southern border.';
const leftText = `${shared} Migrant families seeking asylum face cruel detention, advocates said. Asylum seekers and migrant children deserve humane treatment, and migrant families fear separation. Lawmakers from both parties met again on Thursday to discuss the measure, which includes money for judges, technology and ports of entry. A final vote is expected before the holiday recess, leaders said.`;
const rightText = `${shared} Illegal aliens keep crossing as the border crisis grows, sheriffs said. The border crisis and illegal aliens strain towns, and illegal crossings hit records. Lawmakers from both parties met again on Thursday to discuss the measure, which includes money for judges, technology and ports of entry. A final vote is expected before the holiday recess, leaders said.`;

function article(outlet: string, side: FramingArticle['side'], text: string): FramingArticle {
  return { outlet, side, text };
}

describe('weightedLogOdds', () => {
  it('is antisymmetric and larger for terms used more by one side', () => {
    const a = new Map([
      ['x', 10],
      ['y', 1],
    ]);
    const b = new Map([
      ['x', 1],
      ['y', 10],
    ]);
    const z = weightedLogOdds(a, b, () => 1, 100);
    const zBack = weightedLogOdds(b, a, () => 1, 100);
    expect(z.get('x') as number).toBeGreaterThan(2);
    expect(z.get('y') as number).toBeCloseTo(-(z.get('x') as number));
    expect(zBack.get('x') as number).toBeCloseTo(-(z.get('x') as number));
  });

  it('shrinks differences on terms the prior says are common', () => {
    const a = new Map([['w', 5]]);
    const b = new Map([['w', 1]]);
    const rare = weightedLogOdds(a, b, () => 0.1, 100).get('w') as number;
    const common = weightedLogOdds(a, b, () => 50, 100).get('w') as number;
    expect(rare).toBeGreaterThan(common);
  });
});

describe('framingOf', () => {
  it('finds the words and phrases each side uses, from the texts themselves', () => {
    const framing = framingOf(
      [
        article('l1', 'left', leftText),
        article('r1', 'right', rightText),
        article('u1', 'unrated', shared),
      ],
      backgroundCounts([shared, 'The budget passed the Senate.']),
    );
    expect(framing).not.toBeNull();
    const left = framing?.left.map((t) => t.term) ?? [];
    const right = framing?.right.map((t) => t.term) ?? [];
    expect(left.some((t) => t.includes('migrant'))).toBe(true);
    expect(right).toContain('illegal aliens');
    expect(right).toContain('border crisis');
    // A unigram inside a listed bigram is not listed again; shared words are not distinctive.
    expect(right).not.toContain('aliens');
    expect([...left, ...right]).not.toContain('senate');
    for (const t of [...(framing?.left ?? []), ...(framing?.right ?? [])]) {
      expect(t.z).toBeGreaterThanOrEqual(FRAMING_MIN_Z);
    }
    // No center outlet: an empty list.
    expect(framing?.center).toEqual([]);
    const vocabulary = new Set([
      ...framingTerms(leftText).unigrams,
      ...framingTerms(leftText).bigrams,
      ...framingTerms(rightText).unigrams,
      ...framingTerms(rightText).bigrams,
    ]);
    for (const term of [...left, ...right]) expect(vocabulary.has(term)).toBe(true);
  });

  it('is null when either side has no outlet or too few content words', () => {
    expect(
      framingOf([article('l1', 'left', leftText), article('c1', 'center', rightText)]),
    ).toBeNull();
    const short = 'Border bill passes Senate.';
    expect(framingOf([article('l1', 'left', leftText), article('r1', 'right', short)])).toBeNull();
    expect(FRAMING_MIN_TOKENS_PER_SIDE).toBe(40);
    // Unrated text never makes a side.
    expect(
      framingOf([article('l1', 'left', leftText), article('u1', 'unrated', rightText)]),
    ).toBeNull();
  });

  it('is null when nothing distinguishes one side from the other, however long the texts', () => {
    // Both sides have enough words (without the rule this gave { left: [], right: [] }).
    const same = [article('l1', 'left', leftText), article('r1', 'right', leftText)];
    expect(framingOf(same)).toBeNull();
    // One side distinct, the other telling it in the shared words only: still nothing to compare.
    const plain = `${shared} Lawmakers from both parties met again on Thursday to discuss the measure, which includes money for judges, technology and ports of entry. A final vote is expected before the holiday recess, leaders said.`;
    expect(framingOf([article('l1', 'left', leftText), article('r1', 'right', plain)])).toBeNull();
  });

  it('lists center terms only when center has enough text', () => {
    const centerText = `${shared} Lawmakers weighed appropriations, appropriations riders and appropriations timelines. Appropriations talks continue as lawmakers negotiate. Lawmakers from both parties met again on Thursday to discuss the measure, which includes money for judges, technology and ports of entry. A final vote is expected before the holiday recess, leaders said. Budget analysts expect committee hearings on spending details throughout December.`;
    const framing = framingOf([
      article('l1', 'left', leftText),
      article('r1', 'right', rightText),
      article('c1', 'center', centerText),
    ]);
    expect(framing?.center.map((t) => t.term)).toContain('appropriations');
  });
});
