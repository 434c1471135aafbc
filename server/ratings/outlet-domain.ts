import { getDomain } from 'tldts';
import { parseWebUrl } from '../../core/web-url';
import { type NonOutletKind, nonOutletKind } from './non-outlet';
import { REJECT } from './rated-row';

/** The reject reason an operator reads for each kind of non-outlet. */
export const NON_OUTLET_REASON: Record<NonOutletKind, string> = {
  social: REJECT.social,
  reference: REJECT.social,
  shortener: REJECT.shortener,
  blogHost: REJECT.blogHost,
  platform: REJECT.service,
  government: REJECT.government,
  academic: REJECT.academic,
};

/** Sites whose pages are profiles or references about an outlet or person, never its own site. */
export const SOCIAL_OR_REFERENCE =
  /(^|\.)(twitter\.com|x\.com|facebook\.com|instagram\.com|linkedin\.com|youtube\.com|tiktok\.com|muckrack\.com|wikipedia\.org|wikidata\.org|wiktionary\.org|toolforge\.org|wikimedia\.org|medium\.com)$/;

/** Path segments that introduce a person's page: /author/x, /people/x, Forbes' /sites/x. */
const PERSON_SEGMENT =
  /^(author|authors|person|people|contributor|contributors|columnist|columnists|writer|writers|staff|profile|profiles|by|sites|team|user|users|in|bio)$/;

/** Home pages and "about" pages: they mean the site itself. */
const INDEX_FILE = /^((index|default|home)\.(html?|php|aspx?)|home|about|about-us)$/;

export type OutletDomain = { ok: true; domain: string } | { ok: false; reason: string };

/**
 * The outlet a rater's link points at: its host (www./m. removed), or host/section for a link
 * to a section (`cnn.com/opinions`). Links to people, social profiles or deep pages are not
 * outlets, nor are search engines, shorteners, blog hosts, governments or universities
 * (server/ratings/non-outlet.ts). `maxSegments` is how deep a section may be.
 */
export function outletDomain(link: string, maxSegments = 2): OutletDomain {
  const url = parseWebUrl(link);
  if (!url) return { ok: false, reason: REJECT.badDomain };
  const bare = outletHost(url.hostname);
  if (!/^[a-z0-9.-]+$/.test(bare)) return { ok: false, reason: REJECT.badDomain };
  // blogspot.com, github.io, netlify.app…: public suffixes, each site on them is its own.
  if (!getDomain(bare, { allowPrivateDomains: true }))
    return { ok: false, reason: REJECT.platform };
  if (SOCIAL_OR_REFERENCE.test(bare)) return { ok: false, reason: REJECT.social };
  const segments = url.pathname
    .toLowerCase()
    .split('/')
    .filter((segment) => segment !== '' && !INDEX_FILE.test(segment));
  if (segments.some((segment) => PERSON_SEGMENT.test(segment) || segment.startsWith('@'))) {
    return { ok: false, reason: REJECT.author };
  }
  // A fragment on a link to a site's page points at one person on a team page.
  if (url.hash.length > 1 && segments.length > 0) return { ok: false, reason: REJECT.author };
  if (segments.length > maxSegments) return { ok: false, reason: REJECT.deepLink };
  if (segments.some((segment) => !/^[a-z0-9._~%-]+$/.test(segment))) {
    return { ok: false, reason: REJECT.deepLink };
  }
  const kind = nonOutletKind(bare);
  if (kind) return { ok: false, reason: NON_OUTLET_REASON[kind] };
  return { ok: true, domain: [bare, ...segments].join('/') };
}

/** A host without its mirror prefix (www., m.), unless that would leave a public suffix (www.gov.uk). */
export function outletHost(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const bare = host.replace(/^(www\d*|m|mobile)\./, '');
  return bare !== host && getDomain(bare, { allowPrivateDomains: true }) ? bare : host;
}
