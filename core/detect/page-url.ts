/** Turns a URL found on the page into the form the detection reports. */
export type UrlCanonicalizer = (url: string) => string | null;

/**
 * What the content script ships: the URL resolved and checked (http or https, no fragment),
 * nothing more. The project-wide canonical form (core/url.ts) needs the public-suffix list,
 * ~130 KB that does not belong on every news page; the background applies it instead
 * (canonicalizeDetection).
 */
export const resolvedWebUrl: UrlCanonicalizer = (input) => {
  if (!URL.canParse(input)) return null;
  const url = new URL(input);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return url.href;
};
