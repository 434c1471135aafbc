import { describe, expect, it } from 'vitest';
import { type MarkerInput, wireFromMarkers, wireOfHost } from './markers';

const article = (fields: Partial<MarkerInput>): MarkerInput => ({
  url: 'https://www.example-news.com/2026/11/20/story.html',
  sourceId: 'example-news',
  outlet: 'Example News',
  text: null,
  byline: null,
  ...fields,
});

describe('wireFromMarkers: signs that credit the text to a wire', () => {
  it.each([
    ['WASHINGTON (AP) — Democrats pushed a $3.5 trillion framework…', 'ap'],
    ['TUSCALOOSA, Ala. (AP) — The University of Alabama board of trustees voted…', 'ap'],
    ['MEXICO CITY (Reuters) - Mexican soldiers, armed police and migration officials…', 'reuters'],
    ['LONDON, Oct 18 (Reuters) - British lawmakers paid tribute…', 'reuters'],
    ['WASHINGTON, May 20 (Reuters) ― The Supreme Court on Monday…', 'reuters'],
    ['PARIS (AFP) – France recalled its ambassadors…', 'afp'],
    ['Berlin (dpa) - Die Bundesregierung…', 'dpa'],
    ['OTTAWA (CP) — The federal government…', 'cp'],
    ['WASHINGTON (AP) The Senate voted late on Tuesday…', 'ap'],
  ] as const)('dateline: %s', (text, wire) => {
    expect(wireFromMarkers(article({ text }))).toEqual({ wire, marker: 'dateline' });
  });

  it('finds the dateline after a headline repeated at the start of a feed summary', () => {
    const text =
      'Senate OKs Dems’ $3.5T budget in latest win for Biden WASHINGTON (AP) — Democrats…';
    expect(wireFromMarkers(article({ text }))?.wire).toBe('ap');
  });

  it.each([
    ['The Associated Press', 'ap'],
    ['By ZEKE MILLER and AAMER MADHANI Associated Press', 'ap'],
    ['AP', 'ap'],
    ['Jane Doe, Reuters', 'reuters'],
    ['Reuters Staff', 'reuters'],
    ['AFP', 'afp'],
    ['Agence France-Presse', 'afp'],
    ['The Canadian Press', 'cp'],
  ] as const)('byline: %s', (byline, wire) => {
    expect(wireFromMarkers(article({ byline }))).toEqual({ wire, marker: 'byline' });
  });

  it.each([
    ['Officials said the talks would resume next week. — Reuters', 'reuters'],
    ['Officials said the talks would resume next week.\n\n- The Associated Press', 'ap'],
    [
      '… the talks resume next week. Copyright 2021 The Associated Press. All rights reserved.',
      'ap',
    ],
    ['… next week. (Reporting by Jane Doe in Ottawa; Editing by John Smith)', 'reuters'],
  ] as const)('closing credit: %s', (text, wire) => {
    expect(wireFromMarkers(article({ text }))).toEqual({ wire, marker: 'credit' });
  });

  it.each([
    ['https://apnews.com/article/senate-budget-0123', 'ap'],
    ['https://www.reuters.com/world/americas/some-story-2026-11-20/', 'reuters'],
    ['https://www.afp.com/en/news/123', 'afp'],
  ] as const)("the wire's own site: %s", (url, wire) => {
    expect(wireFromMarkers(article({ url, sourceId: null, outlet: null }))).toEqual({
      wire,
      marker: 'domain',
    });
  });

  it("the wire's own outlet, by catalog source or by the name a data set gives", () => {
    expect(wireFromMarkers(article({ url: null, sourceId: 'reuters' }))).toEqual({
      wire: 'reuters',
      marker: 'outlet',
    });
    expect(
      wireFromMarkers(article({ url: null, sourceId: null, outlet: 'AP Politics & Fact Check' })),
    ).toEqual({ wire: 'ap', marker: 'outlet' });
  });
});

describe('wireFromMarkers: a wire mentioned is not a wire credited', () => {
  it.each([
    'Susan Wright won the runoff, according to the Associated Press.',
    '“He was stabbed several times,” John Lamb, a local councilor at the scene, told Reuters.',
    'The governor cruised to victory soon after the Associated Press projected the race.',
    'An Israeli airstrike demolished a building that housed Associated Press (AP) and Al Jazeera bureaus.',
    'A new AP-NORC poll finds most Americans support the measure.',
    'Crews worked through the night. (AP Photo/Evan Vucci) County officials said…',
    'Officials said the talks would resume. The Associated Press contributed to this report.',
    'Reuters reported on Tuesday that the deal was close, citing three sources.',
    'The AFP news agency said its reporter was detained (AFP declined to comment further).',
    'Additional reporting by Jane Doe.',
  ])('%s', (text) => {
    expect(wireFromMarkers(article({ text }))).toBeNull();
  });

  it('an article about the AP on a news site is the outlet’s own', () => {
    const text =
      'NEW YORK — The Associated Press said Monday it would cut 8% of its staff. AP executives ' +
      'told employees in a memo that the cuts, the first in years, …';
    expect(wireFromMarkers(article({ text, byline: 'Jane Doe' }))).toBeNull();
  });

  it('names that merely contain a wire’s letters are not bylines', () => {
    for (const byline of ['CAPTAIN Jones', 'APRIL Ryan', 'Jane Doe, Reutersville Gazette', 'ap']) {
      expect(wireFromMarkers(article({ byline }))).toBeNull();
    }
  });

  it('a lower-case "(ap)" is not a dateline', () => {
    expect(wireFromMarkers(article({ text: 'WASHINGTON (ap) — lower case' }))).toBeNull();
  });
});

describe('wireOfHost', () => {
  it('matches the wire domains and their subdomains only', () => {
    expect(wireOfHost('https://www.apnews.com/x')).toBe('ap');
    expect(wireOfHost('https://news.afp.com/x')).toBe('afp');
    expect(wireOfHost('https://notapnews.com/x')).toBeNull();
    expect(wireOfHost('https://reuters.com.example.org/x')).toBeNull();
    expect(wireOfHost('not a url')).toBeNull();
    expect(wireOfHost(null)).toBeNull();
  });
});
