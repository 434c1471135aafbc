import { describe, expect, it } from 'vitest';
import { decode, parseFeedBody, plain } from './parse-feed';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>One &amp; two</title><link>/a/1</link><pubDate>Tue, 03 Jun 2025 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Lede &lt;b&gt;text&lt;/b&gt;&lt;/p&gt;</description></item>
<item><title>No link</title></item>
<item><link>https://x.example/no-title</link></item>
<item><title>Bad date</title><link>javascript:alert(1)</link></item>
<item><title>Weird date</title><link>https://x.example/w</link><pubDate>yesterday-ish</pubDate></item>
</channel></rss>`;

describe('parseFeedBody', () => {
  it('keeps items with a title and an http(s) link, resolved against the feed URL', () => {
    const result = parseFeedBody(RSS, 'application/rss+xml', 'https://x.example/feed');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.items).toEqual([
      {
        url: 'https://x.example/a/1',
        title: 'One & two',
        summary: 'Lede text',
        publishedAt: '2025-06-03T10:00:00.000Z',
        guid: null,
        byline: null,
      },
      {
        url: 'https://x.example/w',
        title: 'Weird date',
        summary: null,
        publishedAt: null,
        guid: null,
        byline: null,
      },
    ]);
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t '],
    ['plain text', 'garbage garbage'],
    ['HTML page', '<!doctype html><html><body><p>Not a feed</p></body></html>'],
    ['truncated XML', '<rss><channel><item><title>x'],
    ['binary', '\u0000\u0001\u0002\u00ff'],
    ['JSON not a feed', '{"hello": "world"}'],
    ['JSON array', '[1,2,3]'],
    [
      'JSON Feed with bad items',
      '{"version":"https://jsonfeed.org/version/1.1","title":"t","items":"no"}',
    ],
    [
      'billion laughs',
      '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss><channel><item><title>&b;</title></item></channel></rss>',
    ],
  ])('never throws on %s', (_name, body) => {
    const result = parseFeedBody(body);
    if (result.ok) expect(Array.isArray(result.items)).toBe(true);
    else expect(result.reason).toBeTruthy();
  });

  it('never throws on random bytes', () => {
    let seed = 42;
    for (let n = 0; n < 200; n += 1) {
      const bytes = new Uint8Array(64 + (n % 200));
      for (let i = 0; i < bytes.length; i += 1) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        bytes[i] = seed & 255;
      }
      expect(() => parseFeedBody(bytes)).not.toThrow();
    }
  });

  it('reads Atom, RDF and JSON Feed', () => {
    const atom = parseFeedBody(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title type="html">&lt;b&gt;Hi&lt;/b&gt;</title><link rel="alternate" href="https://a.example/1"/><id>urn:1</id><updated>2025-01-02T03:04:05Z</updated><summary>S</summary></entry></feed>',
    );
    expect(atom.ok && atom.format).toBe('atom');
    expect(atom.ok && atom.items[0]).toMatchObject({
      url: 'https://a.example/1',
      title: 'Hi',
      guid: 'urn:1',
    });
    const rdf = parseFeedBody(
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://r.example/"><title>R</title><link>https://r.example/</link></channel><item rdf:about="https://r.example/1"><title>R1</title><link>https://r.example/1</link><dc:date>2025-01-02T03:04:05Z</dc:date></item></rdf:RDF>',
    );
    expect(rdf.ok && rdf.format).toBe('rdf');
    expect(rdf.ok && rdf.items[0]?.publishedAt).toBe('2025-01-02T03:04:05.000Z');
    const json = parseFeedBody(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'J',
        items: [{ id: '1', url: 'https://j.example/1', title: 'J1', content_text: 'Body' }],
      }),
    );
    expect(json.ok && json.items[0]).toMatchObject({ url: 'https://j.example/1', summary: 'Body' });
  });
});

describe('parseFeedBody: bylines', () => {
  it('reads authors and creators in every format, and leaves photo credits out', () => {
    const rss =
      parseFeedBody(`<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title>
<item><title>A</title><link>https://x.example/a</link><author>desk@x.example (Associated Press)</author><dc:creator>Jane Doe</dc:creator></item>
<item><title>B</title><link>https://x.example/b</link><media:credit>AP Photo/Evan Vucci</media:credit></item>
</channel></rss>`);
    expect(rss.ok && rss.items.map((item) => item.byline)).toEqual([
      'Associated Press; Jane Doe',
      null,
    ]);
    const atom = parseFeedBody(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>E</title><link href="https://a.example/1"/><author><name>Reuters</name></author></entry></feed>',
    );
    expect(atom.ok && atom.items[0]?.byline).toBe('Reuters');
    const json = parseFeedBody(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'J',
        items: [{ id: '1', url: 'https://j.example/1', title: 'J1', authors: [{ name: 'AFP' }] }],
      }),
    );
    expect(json.ok && json.items[0]?.byline).toBe('AFP');
  });
});

describe('feed categories', () => {
  it('reads RSS categories, Atom category labels or terms and JSON Feed tags, each once', () => {
    const rss = parseFeedBody(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>A</title><link>https://x.example/a</link><category>Opinion</category><category domain="x">Columnists</category><category>Opinion</category></item>
<item><title>B</title><link>https://x.example/b</link></item>
</channel></rss>`);
    expect(rss.ok && rss.items.map((item) => item.categories)).toEqual([
      ['Opinion', 'Columnists'],
      undefined,
    ]);
    const atom = parseFeedBody(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>E</title><link href="https://a.example/1"/><category term="analysis" label="News Analysis"/><category term="world"/></entry></feed>',
    );
    expect(atom.ok && atom.items[0]?.categories).toEqual(['News Analysis', 'world']);
    const json = parseFeedBody(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'J',
        items: [{ id: '1', url: 'https://j.example/1', title: 'J1', tags: ['Live Updates'] }],
      }),
    );
    expect(json.ok && json.items[0]?.categories).toEqual(['Live Updates']);
  });
});

describe('decode and plain', () => {
  it('honours the Content-Type charset, the XML declaration and falls back to Windows-1252', () => {
    const latin = Uint8Array.from([0x3c, 0x61, 0x3e, 0xe9, 0x3c, 0x2f, 0x61, 0x3e]); // <a>é</a>
    expect(decode(latin, 'text/xml; charset=ISO-8859-1')).toBe('<a>é</a>');
    expect(decode(latin, null)).toBe('<a>é</a>');
    expect(decode(new TextEncoder().encode('<a>é</a>'), null)).toBe('<a>é</a>');
  });

  it('strips markup and decodes entities', () => {
    expect(plain('<p>A&nbsp;&#8220;quote&#x201D; &amp;amp;</p>')).toBe('A “quote” &amp;');
    expect(plain('   ')).toBeNull();
  });
});
