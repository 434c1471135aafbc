import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { annotateCommand } from './annotate-commands';

const folder = mkdtempSync(join(tmpdir(), 'parallax-annotate-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const page = join(folder, 'hn.html');
writeFileSync(
  page,
  `<table><tr class="athing" id="1"><td class="title"><span class="titleline"><a href="https://www.reuters.com/world/x/">A story</a><span class="sitebit"> (<a href="from?site=reuters.com">reuters.com</a>)</span></span></td></tr>
   <tr class="athing" id="2"><td class="title"><span class="titleline"><a href="https://example.org/blog">A blog</a></span></td></tr></table>`,
);

describe('parallax annotate', () => {
  it('prints the links the adapter would chip: unwrapped URL, outlet and where', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await annotateCommand(page, { url: 'https://news.ycombinator.com/' });
    const printed = JSON.parse(String(log.mock.calls[0]?.[0]));
    expect(printed).toEqual({
      page: 'https://news.ycombinator.com/',
      adapter: 'hacker-news',
      links: [
        {
          url: 'https://www.reuters.com/world/x/',
          outletId: 'reuters',
          adapter: 'hacker-news',
          shownOnly: false,
          path: 'tr.athing > td.title > span.titleline > a', // id "1" is no CSS identifier
          text: 'A story',
        },
      ],
    });
  });

  it('says which adapters exist when none reads the URL, and what a missing file or bad URL is', async () => {
    await expect(annotateCommand(page, { url: 'https://www.reuters.com/' })).rejects.toThrow(
      /No site adapter reads https:\/\/www\.reuters\.com\/\. Adapters: google-web/,
    );
    await expect(
      annotateCommand(join(folder, 'none.html'), { url: 'https://x.com/' }),
    ).rejects.toThrow(/does not exist/);
    await expect(annotateCommand(page, { url: 'news' })).rejects.toThrow(/is not a URL/);
  });
});
