import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { adapterFor, siteOf } from './adapters';
import { annotatePage } from './annotate-page';

/**
 * Each adapter on small pages written in its site's markup (class names and wrappers as the
 * sites serve them): results and posts found, ads, navigation and the site's own links not.
 * The real saved pages are tests/real-data/surfaces.test.ts.
 */
const OUTLETS: Record<string, string> = {
  'bbc.com': 'bbc',
  'bbc.co.uk': 'bbc',
  'nytimes.com': 'new-york-times',
  'reuters.com': 'reuters',
  'theguardian.com': 'the-guardian',
};
const match = (url: string) => {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return OUTLETS[host] ? { id: OUTLETS[host] } : null;
};

const windows: Window[] = [];
afterEach(async () => {
  for (const window of windows.splice(0)) await window.happyDOM.close();
});

function annotate(pageUrl: string, body: string): string[] {
  const window = new Window({ url: pageUrl });
  windows.push(window);
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = body;
  const result = annotatePage(doc, pageUrl, match);
  if (!result) throw new Error(`no adapter for ${pageUrl}`);
  return result.links.map((link) => `${link.outletId} ${link.url}`);
}

const b64url = (text: string) =>
  btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('site adapters', () => {
  it('Google web: result titles (h3 in the link), /url?q= unwrapped; ads, thumbnails and Google itself left alone', () => {
    expect(
      annotate(
        'https://www.google.com/search?q=x',
        `<div id="tads"><a href="https://www.reuters.com/ad"><h3>Sponsored Reuters</h3></a></div>
         <div id="search"><div class="g"><div class="yuRUbf"><a href="https://www.bbc.com/news/a"><h3>BBC story</h3></a></div></div>
         <div class="g"><a href="/url?q=https://www.nytimes.com/2024/b.html&amp;sa=U"><h3>NYT story</h3></a></div>
         <a href="https://www.theguardian.com/c"><img alt=""></a>
         <a href="https://www.google.com/search?q=more"><h3>More results</h3></a></div>`,
      ),
    ).toEqual([
      'bbc https://www.bbc.com/news/a',
      'new-york-times https://www.nytimes.com/2024/b.html',
    ]);
  });

  it('Google News: ./read/ article ids decoded when they carry the URL; the overlay link without text skipped', () => {
    const id = `CBMi${b64url('\u0008\u0013\u0022\u002bhttps://www.bbc.com/news/world-1\u00d2\u0001\u0000').slice(4)}`;
    const links = annotate(
      'https://news.google.com/home',
      `<c-wiz><article><a class="WwrzSb" href="./read/${id}"></a><a class="JtKRv" href="./read/${id}">Headline</a></article></c-wiz>`,
    );
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(/^bbc https:\/\/www\.bbc\.com\/news\/world-1/);
  });

  it('Bing: organic results through ck/a?u=a1…; ads left alone', () => {
    expect(
      annotate(
        'https://www.bing.com/search?q=x',
        `<ol id="b_results"><li class="b_ad"><h2><a href="https://www.reuters.com/ad">Ad</a></h2></li>
         <li class="b_algo"><h2><a href="https://www.bing.com/ck/a?!&amp;&amp;p=1&amp;u=a1${b64url('https://www.reuters.com/world/x/')}&amp;ntb=1">Reuters</a></h2></li></ol>`,
      ),
    ).toEqual(['reuters https://www.reuters.com/world/x/']);
  });

  it('DuckDuckGo: result__a through //duckduckgo.com/l/?uddg=; ads left alone', () => {
    expect(
      annotate(
        'https://html.duckduckgo.com/html/?q=x',
        `<div class="result result--ad"><a class="result__a" href="https://www.bbc.com/ad">Ad</a></div>
         <div class="result"><h2><a class="result__a" href="//duckduckgo.com/l/?uddg=https%3A%2F%2Fwww.theguardian.com%2Fworld%2Fx&amp;rut=1">Guardian</a></h2></div>`,
      ),
    ).toEqual(['the-guardian https://www.theguardian.com/world/x']);
  });

  it('Hacker News: story links and comment links, not the from?site= link', () => {
    expect(
      annotate(
        'https://news.ycombinator.com/item?id=1',
        `<table><tr class="athing"><td class="title"><span class="titleline"><a href="https://www.nytimes.com/a.html">Story</a><span class="sitebit comhead"> (<a href="from?site=nytimes.com"><span>nytimes.com</span></a>)</span></span></td></tr></table>
         <div class="commtext c00">See <a href="https://www.reuters.com/b" rel="nofollow">this</a></div>`,
      ),
    ).toEqual([
      'new-york-times https://www.nytimes.com/a.html',
      'reuters https://www.reuters.com/b',
    ]);
  });

  it('old Reddit: link-post titles and comment links, not the sidebar or promoted posts', () => {
    expect(
      annotate(
        'https://old.reddit.com/r/news/',
        `<div class="side"><div class="md"><a href="https://www.bbc.com/rules">rules</a></div></div>
         <div class="thing promoted"><a class="title" href="https://www.reuters.com/ad">Ad</a></div>
         <div class="thing"><a class="title may-blank outbound" href="https://www.theguardian.com/p">Post</a>
         <div class="usertext-body"><div class="md"><p><a href="https://www.nytimes.com/c.html">NYT</a></p></div></div></div>`,
      ),
    ).toEqual([
      'the-guardian https://www.theguardian.com/p',
      'new-york-times https://www.nytimes.com/c.html',
    ]);
  });

  it('new Reddit: a link post by its content-href (the title links to the comments); ads left alone', () => {
    expect(
      annotate(
        'https://www.reddit.com/r/worldnews/',
        `<shreddit-ad-post content-href="https://www.bbc.com/ad"><a slot="title" href="/ad">Ad</a></shreddit-ad-post>
         <shreddit-post content-href="https://www.reuters.com/world/x/" post-type="link"><a slot="title" href="/r/worldnews/comments/1/x/">Title</a></shreddit-post>`,
      ),
    ).toEqual(['reuters https://www.reuters.com/world/x/']);
  });

  it('X: t.co by the URL a post shows and by a card’s “From” line', () => {
    const links = annotate(
      'https://x.com/home',
      `<article><div data-testid="tweetText">Read <a href="https://t.co/abc"><span>https://</span>nytimes.com/2024/05/01/us/pol…</a></div>
       <div><div data-testid="card.wrapper"><a href="https://t.co/def" aria-label="bbc.co.uk Headline"><div></div></a></div>
       <div><a href="https://t.co/def">From bbc.co.uk</a></div></div>
       <a href="https://x.com/someone">@someone</a></article>`,
    );
    expect(links).toEqual([
      'new-york-times https://nytimes.com/2024/05/01/us/pol',
      'bbc https://bbc.co.uk/',
    ]);
  });

  it('Facebook: l.php?u= links in posts; profiles and photos are Facebook’s own', () => {
    expect(
      annotate(
        'https://www.facebook.com/',
        `<div role="article"><a href="https://www.facebook.com/someone">Someone</a>
         <a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.bbc.com%2Fnews%2Fx%3Ffbclid%3D1&amp;h=AT">BBC headline</a></div>`,
      ),
    ).toEqual(['bbc https://www.bbc.com/news/x?fbclid=1']);
  });

  it('YouTube: description links through /redirect?q=', () => {
    expect(
      annotate(
        'https://www.youtube.com/watch?v=1',
        `<div id="description"><a href="/redirect?event=video_description&amp;q=https%3A%2F%2Fwww.theguardian.com%2Fx">theguardian.com/x</a>
         <a href="/@channel">@channel</a></div>`,
      ),
    ).toEqual(['the-guardian https://www.theguardian.com/x']);
  });

  it('Bluesky: links in posts, not in the profile header', () => {
    expect(
      annotate(
        'https://bsky.app/profile/someone',
        `<div data-testid="profileHeader"><a href="https://www.nytimes.com/bio">site</a></div>
         <div data-testid="feedItem-by-someone"><a href="https://www.reuters.com/x">Reuters story</a><a href="https://bsky.app/profile/other">@other</a></div>`,
      ),
    ).toEqual(['reuters https://www.reuters.com/x']);
  });

  it('Yahoo: search results through r.search.yahoo.com; Yahoo’s own links left alone', () => {
    expect(
      annotate(
        'https://search.yahoo.com/search?p=x',
        `<div id="web"><div class="algo"><div class="compTitle"><h3><a href="https://r.search.yahoo.com/_ylt=A/RV=2/RE=1/RO=10/RU=https%3a%2f%2fwww.bbc.com%2fnews%2fy/RK=2/RS=x-">BBC</a></h3></div></div>
         <div class="algo"><div class="compTitle"><a href="https://news.yahoo.com/z.html">Yahoo News</a></div></div></div>`,
      ),
    ).toEqual(['bbc https://www.bbc.com/news/y']);
  });

  it('picks the adapter by page URL, and none for pages that are not surfaces', () => {
    expect(adapterFor('https://old.reddit.com/r/x/')?.id).toBe('reddit-old');
    expect(adapterFor('https://www.reddit.com/r/x/')?.id).toBe('reddit-new');
    expect(siteOf('https://www.google.co.uk/search?q=x')).toBe('google');
    expect(adapterFor('https://www.google.com/maps')).toBeNull();
    expect(adapterFor('https://www.reuters.com/world/')).toBeNull();
    expect(adapterFor('not a url')).toBeNull();
  });
});
