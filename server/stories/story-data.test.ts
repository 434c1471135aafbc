import { describe, expect, it } from 'vitest';
import { coverageOf } from '../../core/coverage';
import { backgroundCounts } from './framing';
import { type StoryDataArticle, storyDataOf } from './story-data';

const shared =
  'The Senate voted on the border bill after a long debate about funding and security at the southern border.';
const leftText = `${shared} Migrant families seeking asylum face cruel detention, advocates said. Asylum seekers and migrant children deserve humane treatment, and migrant families fear separation. Lawmakers from both parties met again on Thursday to discuss the measure, which includes money for judges, technology and ports of entry. A final vote is expected before the holiday recess, leaders said.`;
const rightText = `${shared} Illegal aliens keep crossing as the border crisis grows, sheriffs said. The border crisis and illegal aliens strain towns, and illegal crossings hit records. Lawmakers from both parties met again on Thursday to discuss the measure, which includes money for judges, technology and ports of entry. A final vote is expected before the holiday recess, leaders said.`;

function article(
  id: string,
  side: StoryDataArticle['side'],
  text: string,
  syndicated = false,
): StoryDataArticle {
  return {
    id,
    title: 'Senate votes on border bill',
    text,
    outlet: id,
    side,
    publishedAt: null,
    syndicated,
  };
}

const background = backgroundCounts([shared, 'The budget passed the Senate.']);

describe('storyDataOf', () => {
  it("reads each side's framing from its outlets' own words", () => {
    const data = storyDataOf(
      [article('left-outlet', 'left', leftText), article('right-outlet', 'right', rightText)],
      coverageOf(new Map()),
      background,
    );
    expect(data.framing?.left.some((term) => term.includes('migrant'))).toBe(true);
  });

  it('leaves syndicated copy out of framing and overview: the words are the wire’s, not the side’s', () => {
    const data = storyDataOf(
      [article('left-outlet', 'left', leftText, true), article('right-outlet', 'right', rightText)],
      coverageOf(new Map()),
      background,
    );
    // Only the right side has words of its own left: too little to contrast, so no framing.
    expect(data.framing).toBeNull();
    expect(data.overview?.join(' ') ?? '').not.toContain('Migrant families');
  });

  it('leaves opinion pieces out of framing and overview, and still counts them as coverage', () => {
    const opinion = { ...article('left-outlet', 'left', leftText), kind: 'opinion' as const };
    const data = storyDataOf(
      [opinion, article('right-outlet', 'right', rightText)],
      coverageOf(new Map()),
      background,
    );
    // The left side's only words are a column's: nothing of the left's reporting to contrast.
    expect(data.framing).toBeNull();
    expect(data.overview?.join(' ') ?? '').not.toContain('Migrant families');
    const analysis = { ...article('left-outlet', 'left', leftText), kind: 'analysis' as const };
    const withAnalysis = storyDataOf(
      [analysis, article('right-outlet', 'right', rightText)],
      coverageOf(new Map()),
      background,
    );
    expect(withAnalysis.framing?.left.some((term) => term.includes('migrant'))).toBe(true);
  });

  it('reads an opinion piece for the overview only when the reports give too little text', () => {
    const opinion = { ...article('left-outlet', 'left', leftText), kind: 'opinion' as const };
    const reportOnlyTitle = article('right-outlet', 'right', '');
    const data = storyDataOf([opinion, reportOnlyTitle], coverageOf(new Map()), background);
    const fromAll = storyDataOf(
      [article('left-outlet', 'left', leftText), reportOnlyTitle],
      coverageOf(new Map()),
      background,
    );
    expect(data.overview).toBeDefined();
    expect(data.overview).toEqual(fromAll.overview);
  });
});
