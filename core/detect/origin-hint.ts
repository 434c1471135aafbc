import type { EvidenceSource, OriginHint, PortalHost } from '../detected-article';
import { isNode, type JsonLdNode, textOf, urlOf } from './json-ld';
import { firstMeta } from './page-meta';
import type { PageSignals } from './page-signals';
import type { UrlCanonicalizer } from './page-url';
import { isOnPortal, isPortalOwnName, portalOf } from './portals';

/** One credit the page gives: a name, an address, or both, and where it was read. */
interface Credit {
  name: string | null;
  href: string | null;
  from: EvidenceSource;
}

/**
 * "bbc.co.uk" for news.bbc.co.uk, "nytimes.com" for www.nytimes.com: close enough to the
 * registrable domain for telling "another site" from "this site" without the public-suffix
 * list, which the content script does not carry. A miss only drops a hint.
 */
function roughSite(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  const last = labels.at(-1) ?? '';
  const second = labels.at(-2) ?? '';
  const keep = last.length === 2 && second.length <= 3 && labels.length > 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

const nodeOf = (value: unknown): JsonLdNode | null =>
  isNode(value) ? value : Array.isArray(value) && isNode(value[0]) ? value[0] : null;

/** A JSON-LD organisation property (`provider`, `publisher`…) as a credit. */
function jsonLdCredit(value: unknown): Credit | null {
  const node = nodeOf(value);
  const name = textOf(value);
  const href = node ? (urlOf(node.url) ?? urlOf(node.sameAs)) : null;
  return name || href ? { name, href, from: 'json-ld' } : null;
}

const textIn = (element: Element | null | undefined) =>
  element?.textContent?.replace(/\s+/g, ' ').trim() || null;

/**
 * The provider credit portals print above the article: Yahoo's and AOL's "caas" attribution
 * (`.caas-attr-provider`, its logo link with the outlet's name as the image's alt text) and
 * Yahoo's older `.provider-link`.
 */
function providerCredits(doc: Document): Credit[] {
  const credits: Credit[] = [];
  for (const logo of doc.querySelectorAll('a.caas-attr-provider-logo, .caas-logo a[href]')) {
    const image = logo.querySelector('img');
    const name =
      image?.getAttribute('alt')?.trim() ||
      image?.getAttribute('title')?.trim() ||
      logo.getAttribute('aria-label')?.trim() ||
      null;
    credits.push({ name, href: logo.getAttribute('href'), from: 'html' });
  }
  for (const credit of doc.querySelectorAll('.caas-attr-provider, .provider-link')) {
    const link = credit.matches('a') ? credit : credit.querySelector('a[href]');
    credits.push({ name: textIn(credit), href: link?.getAttribute('href') ?? null, from: 'html' });
  }
  return credits;
}

/**
 * The outlet a page credits with its article, when that is not the site showing it
 * (`OriginHint`). Addresses count on any site (a canonical link or `original-source` meta
 * pointing elsewhere); names only on a portal, where the site's own name is not the writer's.
 */
export function originHintOf(
  s: PageSignals,
  canonicalize: UrlCanonicalizer,
  portal: PortalHost | null,
): OriginHint | null {
  const pageHost = s.pageUrl.hostname;
  const pageSite = roughSite(pageHost);
  const elsewhere = (href: string | null | undefined): string | null => {
    if (!href) return null;
    let url: string | null;
    try {
      url = canonicalize(new URL(href, s.pageUrl).toString());
    } catch {
      return null;
    }
    if (!url) return null;
    const host = new URL(url).hostname;
    if (roughSite(host) === pageSite) return null;
    // A link to another portal (or back to this one) names no outlet.
    if (portalOf(host) || (portal && isOnPortal(host, portal))) return null;
    return url;
  };
  const credited = (name: string | null | undefined): string | null => {
    const clean = name?.replace(/\s+/g, ' ').trim();
    if (!clean || clean.length > 200 || /^(https?:)?\/\//i.test(clean)) return null;
    return portal && isPortalOwnName(pageHost, clean) ? null : clean;
  };
  const meta = (...keys: string[]) => firstMeta(s.meta, keys);
  const article = s.article;

  const credits: Credit[] = [
    { name: null, href: meta('original-source', 'syndication-source'), from: 'meta' },
    ...[article?.provider, article?.sourceOrganization, article?.isBasedOn]
      .map(jsonLdCredit)
      .filter((credit): credit is Credit => credit !== null),
  ];
  if (portal) {
    credits.push(...providerCredits(s.doc));
    const publisher = jsonLdCredit(article?.publisher);
    if (publisher) credits.push(publisher);
    credits.push(
      { name: meta('source', 'provider', 'article:source', 'publisher'), href: null, from: 'meta' },
      { name: meta('og:site_name'), href: null, from: 'og' },
    );
  }
  credits.push(
    {
      name: null,
      href: s.doc.querySelector('link[rel~="canonical"][href]')?.getAttribute('href') ?? null,
      from: 'link',
    },
    { name: null, href: meta('og:url'), from: 'og' },
    { name: null, href: urlOf(article?.url) ?? urlOf(article?.mainEntityOfPage), from: 'json-ld' },
  );

  let name: string | null = null;
  let url: string | null = null;
  let from: EvidenceSource | null = null;
  for (const credit of credits) {
    // A credit naming the portal itself ("Yahoo Finance" linking to its staff blog) is the
    // portal's own article: its address says nothing about another outlet either.
    if (credit.name && !credited(credit.name)) continue;
    const creditUrl = elsewhere(credit.href);
    // Off a portal a page's publisher is the site itself: a name counts only beside an address.
    const creditName = portal || creditUrl ? credited(credit.name) : null;
    if (!name && creditName) {
      name = creditName;
      from ??= credit.from;
    }
    if (!url && creditUrl) {
      url = creditUrl;
      from ??= credit.from;
    }
    if (name && url) break;
  }
  return from ? { name, url, from } : null;
}
