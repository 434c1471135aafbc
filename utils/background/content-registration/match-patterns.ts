/**
 * Match patterns for a set of outlet domains: `*://*.domain/*` for each, which matches the bare
 * domain and every subdomain of it (www., edition., …): in Chrome's and Firefox's pattern rules
 * a `*.` host "matches the specified host or any of its subdomains". One pattern a domain rather
 * than a bare `*://domain/*` beside it halves the list the browser stores and checks on every
 * navigation (an index of 15,000 outlets is ~16,000 patterns, not 32,000: see
 * bench/badge-registration.ts). A domain may carry a path in the catalog
 * (`example.com/opinion`); the pattern covers its whole host, since the background decides the
 * outlet from the full URL and a script on the host's other pages only reports "not an outlet".
 *
 * The browser refuses a whole registerContentScripts call for one bad pattern, and a backend
 * index is only shape-checked, so a host that is not a plain lower-case DNS name is left out
 * (and counted) rather than passed on.
 */

/**
 * A lower-case DNS name of two labels or more: letters, digits, inner hyphens (punycode too),
 * with a top-level label that starts with a letter, so an IP address is not taken for a domain.
 */
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST = new RegExp(`^(?:${LABEL}\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$`);

export interface DomainPatterns {
  /** Sorted, without duplicates. */
  patterns: string[];
  /** The entries left out because their host is not a plain DNS name. */
  rejected: string[];
}

/** The host of a catalog domain entry (`example.com/opinion` → `example.com`), lower case. */
export function hostOfDomain(domain: string): string {
  return domain.trim().toLowerCase().split('/')[0]?.replace(/\.$/, '') ?? '';
}

export function domainMatchPatterns(domains: Iterable<string>): DomainPatterns {
  const hosts = new Set<string>();
  const rejected: string[] = [];
  for (const domain of domains) {
    const host = hostOfDomain(domain);
    if (HOST.test(host) && host.length <= 253) hosts.add(host);
    else rejected.push(domain);
  }
  const patterns = [...hosts].sort().map((host) => `*://*.${host}/*`);
  return { patterns, rejected };
}
