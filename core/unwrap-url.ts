import { parseWebUrl } from './web-url';

/**
 * What a link really points at. Readers reach articles through AMP caches and redirect
 * wrappers (Google, Facebook, Reddit, mail filters…); rating those as google.com or
 * facebook.com is a classic failure of bias tools. So a wrapper is either unwrapped to its
 * target, or, when the target is not in the URL (t.co, bit.ly), reported as opaque: "no match".
 */
export type UnwrapResult =
  | { kind: 'url'; url: URL }
  | { kind: 'opaque'; wrapper: string }
  | { kind: 'invalid' };

/** Wrappers nest (a Facebook link to a Google AMP page); more than this is not a real link. */
const MAX_DEPTH = 5;

/** Shorteners and trackers whose target only their server knows: they cannot be unwrapped offline. */
const OPAQUE_HOSTS = new Set([
  't.co',
  'bit.ly',
  'ow.ly',
  'buff.ly',
  'dlvr.it',
  'trib.al',
  'lnkd.in',
  'tinyurl.com',
  'goo.gl',
  'fb.me',
  'apple.news',
  'flip.it',
  'amzn.to',
  'is.gd',
  'tiny.cc',
  'rebrand.ly',
  'feedproxy.google.com',
]);

export function unwrapUrl(input: string): UnwrapResult {
  let url = parseWebUrl(input);
  if (!url) return { kind: 'invalid' };
  for (let depth = 0; depth < MAX_DEPTH; depth += 1) {
    const step = unwrapOnce(url);
    if (step === null) return { kind: 'url', url };
    if (step === OPAQUE) return { kind: 'opaque', wrapper: url.hostname };
    const next = parseWebUrl(step);
    // A recognised wrapper with a broken target is no match: never fall back to the wrapper.
    if (!next) return { kind: 'invalid' };
    url = next;
  }
  return { kind: 'invalid' };
}

const OPAQUE = Symbol('opaque');
type Step = string | typeof OPAQUE | null;

/** The target of one wrapper layer; null when `url` is not a wrapper. */
function unwrapOnce(url: URL): Step {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const path = url.pathname;
  const param = (name: string) => url.searchParams.get(name);
  if (OPAQUE_HOSTS.has(host)) return OPAQUE;

  if (/^(www\.)?google\.[a-z.]+$/.test(host)) {
    // AMP viewer: /amp/s/<https target without scheme>, /amp/<http target>.
    const amp = /^\/amp\/(s\/)?(.+)$/.exec(path);
    if (amp) return `${amp[1] ? 'https' : 'http'}://${amp[2]}${url.search}`;
    if (path === '/url') return param('q') ?? param('url') ?? OPAQUE;
    return null;
  }
  // AMP caches: <publisher-host>.cdn.ampproject.org/<c|v|i|wp>/[s/]<target>; Bing runs its own.
  if (host.endsWith('.cdn.ampproject.org') || host.endsWith('.bing-amp.com')) {
    const amp = /^\/(?:c|v|i|wp|r)\/(s\/)?(.+)$/.exec(path);
    return amp ? `${amp[1] ? 'https' : 'http'}://${amp[2]}${url.search}` : OPAQUE;
  }
  if (host === 'news.google.com') return unwrapGoogleNews(url);
  if (/^(l|lm|m|www|web)\.facebook\.com$|^l\.(messenger|instagram)\.com$/.test(host)) {
    if (path === '/l.php' || host.startsWith('l.')) return param('u') ?? OPAQUE;
    return null;
  }
  if (host === 'out.reddit.com') return param('url') ?? OPAQUE;
  if (/(^|\.)linkedin\.com$/.test(host) && /^\/(redir\/redirect|safety\/go)\/?$/.test(path)) {
    return param('url') ?? OPAQUE;
  }
  if (host.endsWith('.safelinks.protection.outlook.com')) return param('url') ?? OPAQUE;
  if (host === 'duckduckgo.com' && path === '/l/') return param('uddg') ?? OPAQUE;
  if (/(^|\.)bing\.com$/.test(host) && path === '/ck/a') return unwrapBing(param('u'));
  if (host === 'r.search.yahoo.com') {
    const target = /\/RU=([^/]+)\//.exec(path)?.[1];
    return target ? safeDecode(target) : OPAQUE;
  }
  if (/(^|\.)youtube\.com$/.test(host) && path === '/redirect') return param('q') ?? OPAQUE;
  if (host === 'slack-redir.net') return param('url') ?? OPAQUE;
  if (host === 'vk.com' && path === '/away.php') return param('to') ?? OPAQUE;
  if (host === 't.umblr.com') return param('z') ?? OPAQUE;
  if (host === 'getpocket.com' && path === '/redirect') return param('url') ?? OPAQUE;
  if (host === 'go.skimresources.com' || host === 'go.redirectingat.com') {
    return param('url') ?? OPAQUE;
  }
  if (host === 'href.li') return url.search.length > 1 ? safeDecode(url.search.slice(1)) : OPAQUE;
  if (host === 'urldefense.com') {
    // Proofpoint v3 keeps the target verbatim between "__" markers.
    const target = /^\/v3\/__(.+?)__;/.exec(`${path}${url.search}`)?.[1];
    return target ?? OPAQUE;
  }
  if (host === 'web.archive.org') {
    const target = /^\/web\/\d{1,14}[a-z_]*\/(.+)$/.exec(`${path}${url.search}`)?.[1];
    return target ?? null;
  }
  if (host.endsWith('.translate.goog')) return unwrapTranslateProxy(url, host);
  return null;
}

/**
 * news.google.com article links: `?url=` when present; otherwise the older article ids
 * (`CBMi…`) are base64url protobuf holding the target URL. Newer ids hold only a server key:
 * opaque. Pages that are not article links are Google News itself.
 */
function unwrapGoogleNews(url: URL): Step {
  const direct = url.searchParams.get('url');
  if (direct) return direct;
  const id = /^\/(?:__i\/rss\/rd\/|rss\/)?(?:articles|read)\/([^/]+)/.exec(url.pathname);
  if (!id?.[1]) return null;
  const bytes = decodeBase64Url(id[1]);
  return bytes ? (/https?:\/\/[\x21-\x7e]+/.exec(bytes)?.[0] ?? OPAQUE) : OPAQUE;
}

/** Bing click tracking: `u=a1` followed by the base64url target. */
function unwrapBing(u: string | null): Step {
  if (!u?.startsWith('a1')) return OPAQUE;
  return decodeBase64Url(u.slice(2)) ?? OPAQUE;
}

/**
 * Google Translate's proxy serves www.nytimes.com as www-nytimes-com.translate.goog: dots
 * became dashes and dashes doubled. Its own `_x_tr_*` parameters are dropped.
 */
function unwrapTranslateProxy(url: URL, host: string): Step {
  const encoded = host.slice(0, -'.translate.goog'.length);
  const target = encoded.replace(/--|-/g, (m) => (m === '--' ? '\u0000' : '.')).replace(/\0/g, '-');
  const search = new URLSearchParams(url.search);
  for (const key of [...search.keys()]) if (key.startsWith('_x_tr_')) search.delete(key);
  const query = search.toString();
  return `https://${target}${url.pathname}${query ? `?${query}` : ''}`;
}

/** Decodes base64url to a binary string (one char per byte); null when it is not base64. */
function decodeBase64Url(text: string): string | null {
  try {
    const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
    return atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  } catch {
    return null;
  }
}

function safeDecode(text: string): string | typeof OPAQUE {
  try {
    return decodeURIComponent(text);
  } catch {
    return OPAQUE;
  }
}
