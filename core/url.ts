import { getDomain } from 'tldts';
import { unwrapUrl } from './unwrap-url';
import { parseWebUrl } from './web-url';

/**
 * Query parameters that only track the reader and never select content: campaign tags
 * (utm_*, the BBC's at_*, Webtrends, Adobe), click ids of ad and social networks, and mail
 * tools (Mailchimp mc_*, HubSpot _hs*).
 */
const TRACKING_PARAM =
  /^(utm_.*|at_(medium|campaign|custom\d|link_\w+|ptr_name|format|bbc_team)|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|igshid|li_fat_id|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|cmpid|ocid|ncid|smid|smtyp|cmp|ns_(mchannel|source|campaign|linkname|fee)|s_cid|s_kwcid|wt\.mc_id|wt_mc|rb_clickid|vero_id|oly_enc_id|oly_anon_id|ref_src|ref_url|__twitter_impression|sr_share|taid|soc_src|soc_trk|ito|ftag)$/i;

/** Host prefixes that serve the same article as the bare host. */
const MIRROR_HOST_PREFIX = /^(www\d*|m|amp|mobile)\./;

/**
 * The canonical form of an article URL, so that the extension and the backend agree on one
 * key: AMP caches and redirect wrappers unwrapped (core/unwrap-url.ts), https, no mirror host
 * prefix, no tracking parameters, credentials or fragment, no trailing index.html or slash,
 * parameters sorted. Returns null for anything that is not an http(s) URL. A wrapper whose
 * target cannot be read offline (t.co) stays as it is: it is still the page's address.
 */
export function canonicalizeUrl(input: string): string | null {
  const unwrapped = unwrapUrl(input);
  const url =
    unwrapped.kind === 'url'
      ? unwrapped.url
      : unwrapped.kind === 'opaque'
        ? parseWebUrl(input)
        : null;
  if (!url) return null;
  url.protocol = 'https:';
  url.hostname = withoutMirrorPrefix(url.hostname.toLowerCase().replace(/\.$/, ''));
  url.hash = '';
  url.username = '';
  url.password = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  }
  url.searchParams.sort();
  // Trailing slashes off first: `/a/index.html/` must lose its index.html too, or its canonical
  // form would canonicalise again to something else (found by url.property.test.ts).
  // Set once so the parser resolves dot segments now (this Node left `/a/.b/..` as given when
  // parsing, and resolved it only when the path was set: after the trimming below).
  // biome-ignore lint/correctness/noSelfAssign: the setter normalises, which is the point
  url.pathname = url.pathname;
  let path = url.pathname;
  for (let next = ''; ; path = next) {
    next = path.replace(/\/+$/, '').replace(/\/index\.html?$/i, '');
    if (next === path) break;
  }
  url.pathname = path === '' ? '/' : path;
  // Ports are kept: they distinguish servers (and the e2e tests serve real domains on one).
  return url.toString();
}

/** www./m./amp./mobile. removed, unless what is left is a bare public suffix (amp.dev stays). */
function withoutMirrorPrefix(hostname: string): string {
  const rest = hostname.replace(MIRROR_HOST_PREFIX, '');
  return rest !== hostname && getDomain(rest, { allowPrivateDomains: true }) ? rest : hostname;
}

/**
 * The registrable domain (public-suffix aware, private suffixes included, so that
 * someone.blogspot.com is its own site): news.bbc.co.uk → bbc.co.uk. Null for IP addresses,
 * bare public suffixes and anything that is not a web address.
 */
export function registrableDomain(input: string): string | null {
  const url = parseWebUrl(input);
  if (!url) return null;
  return getDomain(url.hostname, { allowPrivateDomains: true });
}
