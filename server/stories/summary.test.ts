import { describe, expect, it } from 'vitest';
import { nearDuplicateSentences, quotable, type SummaryArticle, summarize } from './summary';

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

  it('gives four ledes telling one event as one bullet, and the other points from other outlets', () => {
    // Pairwise cosines of these ledes run 0.44–0.75: under the old 0.5 rule two of them stayed.
    const ledes = [
      'The Denver city council voted Tuesday to ban natural gas stoves in new homes and apartment buildings starting next year.',
      'Denver will prohibit gas stoves in newly built homes and apartments from next year after a council vote on Tuesday.',
      "Denver's council on Tuesday banned gas stoves from new homes, a move critics called government overreach into the kitchen.",
      'Gas stoves will be banned in new Denver homes and apartment buildings under a measure the city council passed Tuesday.',
    ];
    const points = [
      "Climate groups said indoor gas burning worsens asthma in children and adds to the city's carbon emissions.",
      'The ordinance exempts restaurants and existing buildings, and landlords may keep current appliances until they fail.',
      'The restaurant association warned that chefs could leave for suburbs where gas cooking remains legal.',
      'Electricians expect a rush of induction cooktop installations as builders redesign kitchens for electric power.',
    ];
    const sides = ['left', 'center', 'right', 'unrated'] as const;
    const articles = sides.map((side, i) => ({
      id: side,
      outlet: `${side}-outlet`,
      side,
      publishedAt: null,
      text: `${ledes[i]} ${points[i]}`,
    }));
    const overview = summarize(articles) ?? [];
    expect(overview.length).toBeGreaterThanOrEqual(3);
    expect(overview.length).toBeLessThanOrEqual(5);
    expect(overview.filter((sentence) => ledes.includes(sentence))).toHaveLength(1);
    const outlets = overview.map(
      (sentence) => articles.find((a) => a.text.includes(sentence))?.outlet,
    );
    expect(new Set(outlets).size).toBe(overview.length);
    for (const [i, a] of overview.entries())
      for (const b of overview.slice(i + 1))
        expect(nearDuplicateSentences(a, b), `${a} / ${b}`).toBe(false);
  });

  it('quotes every outlet that has a distinct point before quoting one twice', () => {
    const article = (id: string, text: string) => ({
      id,
      outlet: id,
      side: 'center' as const,
      publishedAt: null,
      text,
    });
    const transit =
      'Transit riders will see fares unchanged while bus routes expand to the airport and outer districts.';
    const articles = [
      article(
        'a',
        'The city council approved a new budget of four billion dollars on Monday night. Police funding will grow by ten percent under the plan, the mayor said. Libraries will open on Sundays again for the first time since the recession.',
      ),
      article(
        'b',
        "On Monday night the council approved the city's four billion dollar budget. The mayor said police funding grows ten percent in the plan. For the first time since the recession, libraries will again open on Sundays.",
      ),
      // Shares nothing with the others, so it scores lowest; it is still the third outlet's point.
      article('c', transit),
    ];
    const overview = summarize(articles);
    expect(overview).toContain(transit);
    // The preview shows the first three (core/story.ts PREVIEW_OVERVIEW_SENTENCES): one per outlet.
    const outletOf = (sentence: string) =>
      articles.find((a) => a.text.includes(sentence))?.outlet ?? sentence;
    expect(new Set(overview?.slice(0, 3).map(outletOf)).size).toBe(3);
  });

  it('treats a short restatement inside a longer sentence as the same point', () => {
    const lede =
      'Pharmacies threw away at least two million vaccine doses since March, according to state data, probably an undercount.';
    expect(
      nearDuplicateSentences(
        lede,
        'The two million wasted doses may be an undercount, the data show.',
      ),
    ).toBe(true);
    expect(
      nearDuplicateSentences(
        lede,
        'Health officials urged clinics to share spare vials with schools before they expire.',
      ),
    ).toBe(false);
    // Two facts of one story sharing its names are not one point.
    expect(
      nearDuplicateSentences(
        'The unemployment rate fell to 5.8 percent in May, the Labor Department said on Friday.',
        'Employers added 559,000 jobs in May, fewer than economists had expected, the department said.',
      ),
    ).toBe(false);
  });

  it('gives two bullets when the story has only two distinct points, none when it has one', () => {
    const article = (id: string, text: string) => ({
      id,
      outlet: id,
      side: 'center' as const,
      publishedAt: null,
      text,
    });
    const two = summarize([
      article('a', 'The Denver city council voted Tuesday to ban natural gas stoves in new homes.'),
      article('b', 'Denver banned gas stoves in new homes after a council vote on Tuesday.'),
      article(
        'c',
        'Restaurants and existing buildings are exempt from the ordinance, officials said.',
      ),
    ]);
    expect(two).toHaveLength(2);
    const one = summarize([
      article('a', 'The Denver city council voted Tuesday to ban natural gas stoves in new homes.'),
      article('b', 'Denver banned gas stoves in new homes after a council vote on Tuesday.'),
    ]);
    expect(one).toBeNull();
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
