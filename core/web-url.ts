import { z } from 'zod';

/**
 * An absolute http(s) URL, for every URL the contract carries that the extension shows as a
 * link (an article's, a rater's page, a feed). z.url() alone accepts any scheme: a backend or a
 * catalog file could hand the extension `javascript:` or `data:` link targets.
 */
export const HttpUrl = z.url({
  protocol: /^https?$/,
  error: 'must be an absolute http(s) URL',
});

/**
 * Parses what a person or a page hands us as a web address: a full http(s) URL, a
 * protocol-relative one (`//host/path`) or a bare host with an optional path (`bbc.co.uk/news`).
 * Anything else (other schemes, garbage, empty) is null: callers treat null as "no match".
 */
export function parseWebUrl(input: string): URL | null {
  const text = input.trim();
  if (text === '') return null;
  const candidates = /^[a-z][a-z0-9+.-]*:/i.test(text)
    ? [text]
    : text.startsWith('//')
      ? [`https:${text}`]
      : [`https://${text}`];
  for (const candidate of candidates) {
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.hostname === '' || !url.hostname.includes('.')) return null;
    return url;
  }
  return null;
}
