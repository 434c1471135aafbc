import { getDomain, getHostname } from 'tldts';

/** Query parameters that only track the reader and never select content. */
const TRACKING_PARAM = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|igshid|cmpid|ocid)$/i;

/** Host prefixes that serve the same article as the bare host. */
const MIRROR_HOST_PREFIX = /^(www\d*|m|amp|mobile)\./;

/**
 * The canonical form of an article URL, so that the extension and the backend agree on one
 * key: https, no mirror host prefix, no tracking parameters or fragment, no trailing
 * index.html or slash. Returns null for anything that is not an http(s) URL.
 */
export function canonicalizeUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.protocol = 'https:';
  url.hostname = url.hostname.toLowerCase().replace(MIRROR_HOST_PREFIX, '');
  url.hash = '';
  url.username = '';
  url.password = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  }
  url.searchParams.sort();
  url.pathname = url.pathname.replace(/\/index\.html?$/i, '/');
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  // Ports are kept: they distinguish servers (and the e2e tests serve real domains on one).
  return url.toString();
}

/** The registrable domain (public-suffix aware): news.bbc.co.uk → bbc.co.uk. */
export function registrableDomain(input: string): string | null {
  const hostname = getHostname(input);
  if (!hostname) return null;
  return getDomain(hostname);
}
