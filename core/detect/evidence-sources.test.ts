// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { canonicalizeUrl } from '../url';
import { detectArticle } from './detect-article';

const parse = (head: string, body = '') =>
  new DOMParser().parseFromString(
    `<!doctype html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
const detect = (head: string, body = '', url = 'https://www.example-news.com/2024/05/01/story') =>
  detectArticle(parse(head, body), url, canonicalizeUrl);
const article = (head: string, body = '', url?: string) => {
  const detection = detect(head, body, url);
  if (!detection.isArticle) throw new Error(`not an article: ${detection.reason}`);
  return detection.article;
};
const paragraph = `<p>${'A long paragraph of reported article text, sentence after sentence. '.repeat(12)}</p>`;

describe('evidence sources', () => {
  it('reads a WebPage whose mainEntity is a live blog, in a CDATA-wrapped block beside a broken one', () => {
    const a = article(`
      <script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">//<![CDATA[
      {"@type":"WebPage","mainEntity":{"@type":"LiveBlogPosting","headline":"Election night live",
       "datePublished":"2024-05-01T18:00:00-04:00","dateModified":"2024-05-01T23:10:00-04:00",
       "author":[{"@type":"Person","name":"Ann Lee"},"Bo Chen"],"articleSection":["Politics"],
       "isAccessibleForFree":"False","publisher":{"name":"Example News"}}}
      //]]></script>`);
    expect(a).toMatchObject({
      title: 'Election night live',
      outlet: 'Example News',
      authors: ['Ann Lee', 'Bo Chen'],
      publishedAt: '2024-05-01T22:00:00.000Z',
      modifiedAt: '2024-05-02T03:10:00.000Z',
      section: 'Politics',
      type: 'live-blog',
      isAccessibleForFree: false,
    });
    expect(a.evidence).toMatchObject({
      isArticle: 'json-ld',
      type: 'json-ld',
      isAccessibleForFree: 'json-ld',
    });
  });

  it('reads microdata: headline, date, author and publisher', () => {
    const a = article(
      '<title>Ignored | Example News</title>',
      `<article itemscope itemtype="https://schema.org/NewsArticle">
        <h1 itemprop="headline">Bridge reopens after repairs</h1>
        <time itemprop="datePublished" datetime="2024-04-02T09:00:00+01:00">2 April</time>
        <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Kim Park</span></span>
        <div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Example News"></div>
      </article>`,
    );
    expect(a).toMatchObject({
      title: 'Bridge reopens after repairs',
      outlet: 'Example News',
      authors: ['Kim Park'],
      publishedAt: '2024-04-02T08:00:00.000Z',
    });
    expect(a.evidence).toMatchObject({
      isArticle: 'microdata',
      title: 'microdata',
      outlet: 'microdata',
    });
  });

  it('reads Twitter cards, parsely/sailthru/Dublin Core meta, amphtml and content tier', () => {
    const a = article(`
      <meta property="og:type" content="article">
      <meta name="twitter:title" content="Rates held steady">
      <meta name="parsely-pub-date" content="2024-03-01T12:00:00Z">
      <meta name="sailthru.author" content="Dee Ray">
      <meta name="DC.publisher" content="Example Herald">
      <meta property="article:content_tier" content="locked">
      <link rel="amphtml" href="/2024/05/01/story/amp">`);
    expect(a).toMatchObject({
      title: 'Rates held steady',
      outlet: 'Example Herald',
      authors: ['Dee Ray'],
      publishedAt: '2024-03-01T12:00:00.000Z',
      ampUrl: 'https://example-news.com/2024/05/01/story/amp',
      isAccessibleForFree: false,
      language: 'en-GB',
    });
    expect(a.evidence).toMatchObject({
      title: 'twitter',
      publishedAt: 'meta',
      ampUrl: 'link',
      language: 'html',
    });
  });

  it('prefers a date that states its offset over one that leaves the zone to guesswork', () => {
    const a = article(`
      <meta property="og:type" content="article"><meta property="og:title" content="T">
      <meta property="article:published_time" content="2024-03-01 10:00:00">
      <meta name="pubdate" content="2024-03-01T10:00:00+01:00">`);
    expect(a.publishedAt).toBe('2024-03-01T09:00:00.000Z');
    expect(a.evidence?.publishedAt).toBe('meta');
  });

  it('takes the day from a dated URL when nothing else dates the article', () => {
    const a = article(
      '<meta property="og:type" content="article"><meta property="og:title" content="T">',
    );
    expect(a.publishedAt).toBe('2024-05-01T00:00:00.000Z');
    expect(a.evidence?.publishedAt).toBe('url');
  });

  it('strips the outlet, author and section from the title, but not a dash inside the headline', () => {
    const head = (title: string) =>
      `<meta property="og:type" content="article"><meta property="og:site_name" content="The Daily Example">
       <meta name="author" content="Sam Roe"><meta property="article:section" content="World">
       <title>${title}</title>`;
    expect(article(head('Ceasefire holds | Sam Roe | World | The Daily Example')).title).toBe(
      'Ceasefire holds',
    );
    expect(article(head('Spider-Man - a review of the reviews')).title).toBe(
      'Spider-Man - a review of the reviews',
    );
  });

  it.each([
    ['https://example-news.com/opinion/2024/05/01/why-rates-must-fall', 'opinion', 'url'],
    ['https://example-news.com/world/live/2024/may/01/election-results', 'live-blog', 'url'],
    ['https://example-news.com/sponsored/2024/a-better-mortgage', 'sponsored', 'url'],
    ['https://example-news.com/2024/05/01/a-normal-story', 'news', 'default'],
  ])('types %s as %s from the URL', (url, type, from) => {
    const a = article(
      '<meta property="og:type" content="article"><meta property="og:title" content="T">',
      '',
      url,
    );
    expect([a.type, a.evidence?.type]).toEqual([type, from]);
  });

  it('types an article from its section and its headline label', () => {
    const og = '<meta property="og:type" content="article">';
    expect(
      article(
        `${og}<meta property="og:title" content="T"><meta property="article:section" content="Analysis">`,
      ).type,
    ).toBe('analysis');
    expect(article(`${og}<meta property="og:title" content="Review: a quiet triumph">`).type).toBe(
      'review',
    );
  });
});

describe('pages that are not articles', () => {
  const og =
    '<meta property="og:type" content="article"><meta property="og:title" content="Everything">';
  it.each([
    ['https://www.example-news.com/', 'home page'],
    ['https://www.example-news.com/search?q=budget', 'search page'],
    ['https://www.example-news.com/tag/budget', 'list page'],
    ['https://www.example-news.com/world/africa', 'section front'],
    ['https://www.example-news.com/video', 'section front'],
    ['https://www.example-news.com/gallery/spring-fashion', 'video or gallery index'],
  ])('%s is a %s even with og:type article', (url, reason) => {
    expect(detect(og, '', url)).toEqual({ isArticle: false, pageUrl: url, reason });
  });

  it('says a video page is not an article', () => {
    const detection = detect(
      '<meta property="og:type" content="video.other"><meta property="og:title" content="Clip">',
    );
    expect(detection).toMatchObject({ isArticle: false, reason: 'video page' });
  });

  it('says a schema.org gallery is not an article', () => {
    const detection = detect(
      '<script type="application/ld+json">{"@type":"ImageGallery","name":"Photos"}</script><title>Photos</title>',
    );
    expect(detection).toMatchObject({ isArticle: false, reason: 'schema.org list or gallery' });
  });

  it('uses Readability only as the last signal: a dated page of article text is an article', () => {
    const body = `<time datetime="2024-05-01T10:00:00Z">1 May</time>${paragraph}${paragraph}`;
    const dated = detect(
      '<meta property="og:site_name" content="Example News"><title>Harbour plan approved - Example News</title>',
      body,
    );
    expect(dated).toMatchObject({
      isArticle: true,
      article: {
        title: 'Harbour plan approved',
        outlet: 'Example News',
        evidence: { isArticle: 'readability' },
      },
    });
    expect(detect('<title>About us</title>', paragraph + paragraph).isArticle).toBe(false);
  });
});
