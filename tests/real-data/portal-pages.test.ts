import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../core/detect/detect-article';
import type { DetectedArticle } from '../../core/detected-article';
import { canonicalizeUrl } from '../../core/url';
import { withHtmlDocument } from '../../server/detect/parse-html';
import { sharedDataFile } from './shared-data';

/** The two Yahoo pages in ../shared/data/pages, served at Yahoo addresses as a reader meets them. */
const pages = sharedDataFile('pages/yahoo-1/source.html');

const htmlOf = (name: string) =>
  readFileSync(join(pages.path, '../..', name, 'source.html'), 'utf8');

async function detectAt(name: string, pageUrl: string): Promise<DetectedArticle> {
  const html = htmlOf(name);
  const detection = await withHtmlDocument(html, pageUrl, (doc) =>
    detectArticle(doc, pageUrl, canonicalizeUrl),
  );
  if (!detection.isArticle) throw new Error(`${name} was not detected as an article`);
  return detection.article;
}

describe.skipIf(!pages.available)('portal pages from ../shared/data/pages', () => {
  it("yahoo-1: Yahoo Finance's own games editor; the credit names Yahoo Finance, no other outlet", async () => {
    const article = await detectAt(
      'yahoo-1',
      'https://finance.yahoo.com/news/best-psvr-games-170003443.html',
    );
    expect(article.portal).toEqual({ host: 'finance.yahoo.com', name: 'Yahoo Finance' });
    // Its provider link goes to a Tumblr staff blog under the name "Yahoo Finance": the
    // portal's own article, not another outlet's.
    expect(article.origin).toBeNull();
  });

  it('yahoo-2: an Associated Press story on Yahoo News, credited by its provider link', async () => {
    // Its canonical link and og:* describe the Yahoo News front page; the detector believes
    // the page's own address, title and text instead (core/detect/front-page-metadata.ts).
    const article = await detectAt(
      'yahoo-2',
      'https://www.yahoo.com/news/russia-space-ship-malfunctions-breaks-over-siberia-232949721.html',
    );
    expect(article.url).toBe(
      'https://yahoo.com/news/russia-space-ship-malfunctions-breaks-over-siberia-232949721.html',
    );
    expect(article.portal).toEqual({ host: 'www.yahoo.com', name: 'Yahoo' });
    expect(article.origin).toEqual({
      name: 'Associated Press',
      url: 'https://ap.org/',
      from: 'html',
    });
  });
});
