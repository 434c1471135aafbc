import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledSources } from '../../core/bundled-catalog';
import { type AnnotatedLink, annotatePage } from '../../core/link-chips/annotate-page';
import { buildSourceIndex } from '../../core/source-index';
import { SourceIndexMatcher } from '../../core/source-index-match';
import { withHtmlDocument } from '../../server/detect/parse-html';
import { sharedDataFile } from './shared-data';

/**
 * Link chips on the real saved pages of ../shared/data/surfaces (never copied here). For each
 * page, decided by reading it: the result or post links that must get a chip with the bundled
 * index (URL as the adapter unwraps it, and the outlet), and the hosts of other results whose
 * publishers a larger index may know (a chip there is right, not a false positive). Ads, the
 * site's navigation and its own links are in neither list: a chip on one is a false positive.
 */
interface PageExpectation {
  file: string;
  url: string;
  annotated: [url: string, outletId: string][];
  mayAnnotate?: string[];
}

const PAGES: PageExpectation[] = [
  {
    file: 'google/websearcher-abortion-2023-05-23.html',
    url: 'https://www.google.com/search?q=abortion',
    annotated: [
      [
        'https://www.rollingstone.com/politics/politics-features/texas-abortion-ban-forced-birth-1234739485/',
        'rolling-stone',
      ],
      ['https://www.npr.org/2023/05/22/1177425651/texas-women-sue-abortion', 'npr'],
      ['https://news.yahoo.com/more-women-sue-texas-asking-123339247.html', 'yahoo-news'],
      [
        'https://apnews.com/article/transgender-health-care-abortion-ban-nebraska-1a88067bf403559116df7c09e004e472',
        'associated-press',
      ],
      [
        'https://www.usatoday.com/story/news/politics/2023/05/23/senator-tommy-tuberville-abortion-national-security/',
        'usa-today',
      ],
      ['https://www.npr.org/sections/health-shots/2023/05/23/1177542605/', 'npr'],
      [
        'https://www.nytimes.com/2023/05/22/opinion/abortion-law-texas-lawsuit.html',
        'new-york-times-opinion',
      ],
      [
        'https://www.bloomberg.com/opinion/articles/2023-05-21/yet-another-bad-week-for-abortion-rights-in-the-us',
        'bloomberg',
      ],
    ],
    mayAnnotate: [
      'oregoncapitalchronicle.com',
      'jill.substack.com',
      'www.who.int',
      'www.plannedparenthood.org',
      'www.bpas.org',
      'en.wikipedia.org',
      'reproductiverights.org',
      'medlineplus.gov',
      'www.cdc.gov',
    ],
  },
  {
    file: 'google/websearcher-barclays-job-cuts-2025-02-06.html',
    url: 'https://www.google.com/search?q=barclays+job+cuts',
    // The thumbnail carousel repeats two of these as image-only links: one chip, on the title.
    annotated: [
      [
        'https://www.reuters.com/business/finance/barclays-moves-cut-a-few-hundred-investment-bank-underperformers-2024',
        'reuters',
      ],
      [
        'https://www.northjersey.com/story/news/business/2024/06/04/barclays-laying-off-70-employees-in-north-jersey/',
        'the-record-bergen',
      ],
      [
        'https://www.bloomberg.com/news/articles/2024-05-01/barclays-begins-implementing-job-cuts-across-investment-bank',
        'bloomberg',
      ],
      [
        'https://www.theguardian.com/business/2024/feb/20/barclays-cut-costs-job-losses-profits',
        'the-guardian',
      ],
    ],
    mayAnnotate: [
      'www.efinancialcareers.com',
      'www.wallstreetoasis.com',
      'www.themiddlemarket.com',
      'www.cityam.com',
      'finance.yahoo.com',
    ],
  },
  {
    file: 'google/serp-parser-nojs-hotels-2023-06.html',
    url: 'https://www.google.com/search?q=hotels+NYC',
    annotated: [
      [
        'https://freebeacon.com/democrats/migrant-kids-throwing-ragers-in-nyc-hotels-turned-shelters/',
        'washington-free-beacon',
      ],
      ['https://www.scmp.com/magazines/style/leisure/article/3222451/', 'scmp'],
      [
        'https://www.foxnews.com/media/former-employee-reveals-shocking-conditions-nyc-migrant-hotel-free-for-all',
        'fox-news',
      ],
      [
        'https://nypost.com/2023/05/27/nyc-migrant-children-left-to-drink-do-drugs-ex-hotel-worker/',
        'new-york-post',
      ],
      ['https://www.nytimes.com/2023/05/22/nyregion/hotel-nyc-migrants.html', 'new-york-times'],
    ],
    mayAnnotate: [
      'www.hotels.com',
      'www.expedia.com',
      'www.tripadvisor.com',
      'www.booking.com',
      'www.cntraveler.com',
      'www.travelocity.com',
      'www.kayak.com',
      'thepointsguy.com',
      'cbs6albany.com',
      'komonews.com',
      'patch.com',
      'wlos.com',
      'www.trivago.com',
    ],
  },
  {
    // The only news links (SMH, Fast Company, AsiaOne) are quotes inside ads.
    file: 'bing/serp-parser-nojs-hotels-nyc-2021-01.html',
    url: 'https://www.bing.com/search?q=hotels+nyc',
    annotated: [],
    mayAnnotate: ['www.tripadvisor.com', 'www.hotels.com', 'www.booking.com', 'www.tripadvisor.es'],
  },
  {
    file: 'bing/markitdown-microsoft-wikipedia-2024-03.html',
    url: 'https://www.bing.com/search?q=microsoft+wikipedia',
    annotated: [],
    mayAnnotate: [
      'en.wikipedia.org',
      'simple.wikipedia.org',
      'www.britannica.com',
      'www.thoughtco.com',
      'www.wikiwand.com',
    ],
  },
  {
    file: 'duckduckgo/lofi-html-foo-2025-04.html',
    url: 'https://html.duckduckgo.com/html/?q=foo',
    annotated: [],
    mayAnnotate: [
      'en.wikipedia.org',
      'www.dictionary.com',
      'dictionary.cambridge.org',
      'en.wiktionary.org',
      'www.youtube.com',
      'foofighters.com',
      'www.merriam-webster.com',
      'footokyo.jp',
    ],
  },
  {
    file: 'duckduckgo/se-scraper-cloud-service-2019-09.html',
    url: 'https://duckduckgo.com/?q=cloud+service',
    annotated: [],
    mayAnnotate: [
      'www.pcmag.com',
      'azure.microsoft.com',
      'cloud.google.com',
      'www.sdxcentral.com',
      'docs.microsoft.com',
      'en.wikipedia.org',
      'aws.amazon.com',
    ],
  },
  {
    file: 'reddit/lofi-old-reddit-programmerhumor-listing-2025-05.html',
    url: 'https://old.reddit.com/r/ProgrammerHumor/',
    annotated: [],
  },
  {
    file: 'reddit/lofi-new-reddit-listing-programmershumor-2025-04.html',
    url: 'https://www.reddit.com/r/ProgrammerHumor/',
    annotated: [],
  },
  {
    file: 'reddit/webscrapers-old-reddit-comments-games-2025-07.html',
    url: 'https://old.reddit.com/r/Games/comments/1lyf1ue/',
    annotated: [
      [
        'https://www.businessinsider.com/microsoft-xbox-phil-spencer-gets-promoted-to-executive-vice-president-2017-9',
        'business-insider',
      ],
    ],
    mayAnnotate: [
      'aftermath.site',
      'microsoft.gcs-web.com',
      'youtu.be',
      'finance.yahoo.com',
      'news.microsoft.com',
      'h1bgrader.com',
    ],
  },
  {
    file: 'hackernews/easyhn-front-2026-05-31.html',
    url: 'https://news.ycombinator.com/',
    annotated: [
      [
        'https://techcrunch.com/2026/05/27/meta-officially-launches-instagram-facebook-and-whatsapp-subscriptions',
        'techcrunch',
      ],
      ['https://www.ft.com/content/2205e2d0-50dc-4e80-9bf7-78d0272276c0', 'financial-times'],
      [
        'https://arstechnica.com/security/2026/05/websites-have-a-new-way-to-spy-on-visitors',
        'ars-technica',
      ],
    ],
    // Every link the HN adapter finds is a story or a comment's link: a chip on any is right.
    mayAnnotate: ['*'],
  },
  {
    file: 'hackernews/easyhn-item-2026-05-31.html',
    url: 'https://news.ycombinator.com/item?id=48318806',
    annotated: [],
    mayAnnotate: ['*'],
  },
  {
    file: 'hackernews/defuddle-rs-item-pkl-2024.html',
    url: 'https://news.ycombinator.com/item?id=39232976',
    annotated: [],
    mayAnnotate: ['*'],
  },
  {
    // The link card is t.co; the page shows "From forbes.com": the outlet, not the article.
    file: 'x/metascraper-post-link-forbes-2026-01.html',
    url: 'https://x.com/Forbes/status/2015822006010921245',
    annotated: [['https://forbes.com/', 'forbes']],
  },
  {
    file: 'x/metascraper-post-trump-2025-12.html',
    url: 'https://x.com/realDonaldTrump/status/1',
    annotated: [],
  },
  {
    file: 'x/metascraper-profile-timeline-2025-12.html',
    url: 'https://x.com/Kikobeats',
    annotated: [],
    mayAnnotate: ['*'],
  },
  {
    file: 'facebook/mbfcext-shared-post-fragment-2026-03.html',
    url: 'https://www.facebook.com/',
    annotated: [],
  },
  {
    file: 'facebook/facebook-scraper-m-nintendo-posts-2021-06.html',
    url: 'https://m.facebook.com/Nintendo/posts/',
    annotated: [],
    mayAnnotate: ['www.nintendo.com'],
  },
  {
    file: 'youtube/metascraper-watch-gbaf-2026-01.html',
    url: 'https://www.youtube.com/watch?v=gbaf',
    annotated: [],
  },
  {
    file: 'youtube/youtube-transcript-api-watch-2025-06.html',
    url: 'https://www.youtube.com/watch?v=GJLlxj_dtq8',
    annotated: [],
  },
  {
    // Its only outlet links are Yahoo's own (Newsletters in the header and the footer).
    file: 'yahoo-news/cppopenscraper-yahoo-finance-aapl-newsstream-2026-04.html',
    url: 'https://finance.yahoo.com/quote/AAPL/',
    annotated: [],
  },
  {
    file: 'bluesky/metascraper-post-link-forbes-2026-01.html',
    url: 'https://bsky.app/profile/forbes.com/post/3mdbnsncgcc2v',
    annotated: [
      [
        'https://www.forbes.com/sites/zakdoffman/2026/01/25/windows-pcs-suddenly-fail-after-microsofts-new-update/',
        'forbes',
      ],
    ],
    mayAnnotate: ['linuxmint-installation-guide.readthedocs.io'],
  },
  {
    file: 'bluesky/metascraper-profile-stephenking-2026-01.html',
    url: 'https://bsky.app/profile/stephenking.bsky.social',
    annotated: [],
  },
];

/** Per-site floors: every site with expected links must find nearly all, and chip nothing else. */
const PRECISION_FLOOR = 0.9;
const RECALL_FLOOR = 0.9;

const matcher = new SourceIndexMatcher(buildSourceIndex(bundledSources));
const tally = new Map<
  string,
  { truePositives: number; falsePositives: number; expected: number; otherResults: number }
>();

function isExpected(link: AnnotatedLink, [url, outletId]: [string, string]): boolean {
  return link.url.startsWith(url) && link.outletId === outletId;
}

describe('link chips on real saved surfaces (../shared/data/surfaces)', () => {
  for (const page of PAGES) {
    const { path, available } = sharedDataFile(`surfaces/${page.file}`);
    it.skipIf(!available)(page.file, async () => {
      const result = await withHtmlDocument(readFileSync(path, 'utf8'), page.url, (doc) =>
        annotatePage(doc, page.url, (url) => matcher.match(url)),
      );
      expect(result, `an adapter for ${page.url}`).not.toBeNull();
      const links = result?.links ?? [];
      const site = page.file.split('/')[0] as string;
      const counts = tally.get(site) ?? {
        truePositives: 0,
        falsePositives: 0,
        expected: 0,
        otherResults: 0,
      };
      counts.expected += page.annotated.length;
      const missed = page.annotated.filter((want) => !links.some((link) => isExpected(link, want)));
      counts.truePositives += page.annotated.length - missed.length;
      const unexpected = links.filter(
        (link) =>
          !page.annotated.some((want) => isExpected(link, want)) &&
          !page.mayAnnotate?.some((host) => host === '*' || new URL(link.url).hostname === host),
      );
      counts.falsePositives += unexpected.length;
      // Results whose publisher a larger index knows: reported, neither right nor wrong here.
      counts.otherResults +=
        links.length - (page.annotated.length - missed.length) - unexpected.length;
      tally.set(site, counts);
      // Each page on its own too: the per-site figures below must not hide one broken page.
      expect(missed.map(([url]) => url)).toEqual([]);
      expect(unexpected.map((link) => `${link.url} (${link.path})`)).toEqual([]);
    });
  }

  afterAll(() => {
    const rows = [...tally].map(([site, c]) => {
      const annotated = c.truePositives + c.falsePositives;
      const precision = annotated === 0 ? 1 : c.truePositives / annotated;
      const recall = c.expected === 0 ? 1 : c.truePositives / c.expected;
      return { site, expected: c.expected, annotated, precision, recall, other: c.otherResults };
    });
    console.log(
      `Link chips on ${PAGES.length} saved pages (precision / recall per site):\n${rows
        .map(
          (r) =>
            `  ${r.site.padEnd(12)} expected ${String(r.expected).padStart(2)}  annotated ${String(r.annotated).padStart(2)}  precision ${r.precision.toFixed(2)}  recall ${r.recall.toFixed(2)}  (+${r.other} other results the index knows)`,
        )
        .join('\n')}`,
    );
    for (const row of rows) {
      expect(row.precision, `${row.site} precision`).toBeGreaterThanOrEqual(PRECISION_FLOOR);
      expect(row.recall, `${row.site} recall`).toBeGreaterThanOrEqual(RECALL_FLOOR);
    }
  });
});
