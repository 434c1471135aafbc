import { describe, expect, it } from 'vitest';
import { outletDomain, outletHost } from './outlet-domain';
import { REJECT } from './rated-row';

describe('outletDomain', () => {
  it.each([
    ['https://www.usatoday.com', 'usatoday.com'],
    ['https://billingsgazette.com/', 'billingsgazette.com'],
    ['dailymemphian.com', 'dailymemphian.com'],
    ['https://www.cnn.com/opinions', 'cnn.com/opinions'],
    ['https://abcnews.go.com/538', 'abcnews.go.com/538'],
    ['http://www.cjr.org/index.php', 'cjr.org'],
    ['https://www.liberatusdc.org/home/', 'liberatusdc.org'],
    ['https://swarajyamag.com/about-us', 'swarajyamag.com'],
    ['https://www.news10.com/news/vt-news/', 'news10.com/news/vt-news'],
    ['https://someone.github.io', 'someone.github.io'],
  ])('%s → %s', (link, domain) => {
    expect(outletDomain(link)).toEqual({ ok: true, domain });
  });

  it.each([
    ['https://twitter.com/ConversationUS', REJECT.social],
    ['https://www.linkedin.com/in/aaronkohrs/', REJECT.social],
    ['https://en.wikipedia.org/wiki/Bernard_Goldberg', REJECT.social],
    ['https://www.foxnews.com/person/m/karol-markowicz', REJECT.author],
    ['https://www.nationalreview.com/author/philip-klein/', REJECT.author],
    ['https://www.forbes.com/sites/andymeek/', REJECT.author],
    ['https://sppstudents.ucr.edu/deans-brand-ambassadors#andrew-shannon', REJECT.author],
    [
      'https://thefulcrum.us/Elections/Redistricting/2022-redistricting-2657601562',
      REJECT.deepLink,
    ],
    ['https://github.io/', REJECT.platform],
    ['https://blogspot.com', REJECT.platform],
    ['not a link', REJECT.badDomain],
  ])('%s is rejected: %s', (link, reason) => {
    expect(outletDomain(link)).toEqual({ ok: false, reason });
  });

  it('keeps www. where removing it would leave a public suffix', () => {
    expect(outletHost('www.gov.uk')).toBe('www.gov.uk');
    expect(outletHost('WWW.BBC.CO.UK.')).toBe('bbc.co.uk');
  });
});
