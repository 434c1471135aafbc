import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from './decode-html';
import { extractLede, LEDE_CHARS } from './extract-lede';

const PAGE = readFileSync(
  join(import.meta.dirname, '../../tests/fixtures/articles/varnen-dam.html'),
  'utf8',
);
const URL = 'https://northern-courier.example/world/2026/11/20/thousands-flee';

const page = (paragraphs: string[]) =>
  `<html><head><title>t</title></head><body><article><h1>A headline here</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;
const sentence = (n: number) =>
  `Sentence number ${n} of the article says something about the story in plain words.`;

describe('extractLede', () => {
  it('keeps the article paragraphs of a realistic page, not its navigation or captions', async () => {
    const lede = await extractLede(PAGE, URL);
    expect(lede).toMatchObject({
      byline: 'Maja Lindqvist',
      publishedAt: '2026-11-20T11:05:00.000Z',
      title: 'Thousands flee as water reaches the town',
    });
    const text = lede?.lede ?? '';
    expect(text.startsWith('Floodwater from the collapsed Lake Varnen dam reached')).toBe(true);
    expect(text).toContain('cracks in the dam');
    expect(text.length).toBeLessThanOrEqual(LEDE_CHARS);
    for (const clutter of ['cookies', 'Advertisement', 'Politics', 'Photo:', 'Related', '©']) {
      expect(text).not.toContain(clutter);
    }
    // Whole paragraphs while they fit: the last one kept ends a paragraph of the page.
    expect(text.endsWith('had given this year.')).toBe(true);
    expect(text).not.toContain('Schools in Ostberg');
  });

  it('cuts a long single paragraph at a sentence end', async () => {
    const long = Array.from({ length: 40 }, (_, i) => sentence(i + 1)).join(' ');
    const lede = await extractLede(page([long]), URL);
    expect(lede?.lede.length).toBeLessThanOrEqual(LEDE_CHARS);
    expect(lede?.lede.length).toBeGreaterThan(LEDE_CHARS * 0.6);
    expect(lede?.lede.endsWith('plain words.')).toBe(true);
  });

  it('honours a smaller limit', async () => {
    const lede = await extractLede(PAGE, URL, 300);
    expect(lede?.lede).toBe(
      'Floodwater from the collapsed Lake Varnen dam reached the town of Ostberg on Friday morning, and the authorities evacuated thousands of residents from the low-lying districts along the river as the water kept rising through the day.',
    );
  });

  it('returns null for a page without article text', async () => {
    expect(
      await extractLede('<html><body><nav><a href="/">Home</a></nav></body></html>', URL),
    ).toBe(null);
    expect(await extractLede('', URL)).toBe(null);
  });

  it('reads a publication time without an offset as UTC, whatever the server time zone', async () => {
    const html = PAGE.replaceAll('2026-11-20T12:05:00+01:00', '2026-11-20 12:05:00.000000');
    expect((await extractLede(html, URL))?.publishedAt).toBe('2026-11-20T12:05:00.000Z');
  });

  it('drops a publication time it cannot read instead of failing', async () => {
    const html = PAGE.replaceAll('2026-11-20T12:05:00+01:00', 'last Friday');
    const lede = await extractLede(html, URL);
    expect(lede?.publishedAt).toBe(null);
    expect(lede?.lede.startsWith('Floodwater')).toBe(true);
  });
});

describe('decodeHtml', () => {
  const body = (text: string) => `<html><head>${text}</head><body>café</body></html>`;
  it.each([
    ['a <meta charset>', body('<meta charset="windows-1252">'), null, 'latin1'],
    [
      'a <meta http-equiv>',
      body('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'),
      null,
      'latin1',
    ],
    ['the Content-Type charset', body(''), 'text/html; charset=windows-1252', 'latin1'],
    ['undeclared UTF-8', body(''), 'text/html', 'utf8'],
    ['undeclared Windows-1252', body(''), null, 'latin1'],
  ] as const)('reads %s', (_name, html, contentType, encoding) => {
    expect(decodeHtml(Buffer.from(html, encoding), contentType)).toContain('café');
  });

  it('lets the Content-Type win over <meta>, and a byte order mark over both', () => {
    const html = body('<meta charset="windows-1252">');
    expect(decodeHtml(Buffer.from(html, 'utf8'), 'text/html; charset=utf-8')).toContain('café');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, 'utf8')]);
    expect(decodeHtml(bom, 'text/html; charset=windows-1252')).toContain('café');
  });
});
