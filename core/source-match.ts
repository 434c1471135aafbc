import { getDomain } from 'tldts';
import type { Source } from './source';
import { unwrapUrl } from './unwrap-url';

/** A path-scoped entry (`nytimes.com/section/opinion`): its segments, `*` matching any one. */
interface Scope<S> {
  segments: string[];
  source: S;
}

interface HostEntry<S> {
  source: S | null;
  /** Most segments first, so the most specific scope wins. */
  scopes: Scope<S>[];
}

/**
 * Finds the outlet a URL belongs to.
 *
 * - Wrappers are unwrapped first (core/unwrap-url.ts); one whose target is not in the URL
 *   (t.co) is no match, never the wrapper's own site.
 * - Hosts are tried from the most specific to the registrable domain and never beyond it, so
 *   `news.foo.co.uk` can match `foo.co.uk` but nothing can match a bare public suffix such as
 *   `co.uk`. Entries that are not under a registrable domain (`""`, `co.uk`) are ignored, so a
 *   bad entry can never match every site.
 * - On a host, a path-scoped entry whose segments prefix the URL's path wins over the plain
 *   host. `*` stands for any one segment, for sections that live under dated paths
 *   (`nytimes.com/*\/*\/*\/opinion` matches `nytimes.com/2025/06/01/opinion/…`).
 */
export class SourceMatcher<S extends Pick<Source, 'id' | 'domains'> = Source> {
  private readonly byHost = new Map<string, HostEntry<S>>();

  constructor(sources: Iterable<S>) {
    for (const source of sources) {
      for (const domain of source.domains) this.add(domain, source);
    }
    for (const entry of this.byHost.values()) {
      // Stable sort: among equally specific scopes the first listed keeps priority.
      entry.scopes.sort((a, b) => b.segments.length - a.segments.length);
    }
  }

  private add(domain: string, source: S): void {
    const [rawHost = '', ...rest] = domain.trim().toLowerCase().split('/');
    const host = rawHost.replace(/^www\./, '');
    if (!getDomain(host, { allowPrivateDomains: true })) return;
    const segments = rest.filter((segment) => segment !== '');
    let entry = this.byHost.get(host);
    if (!entry) {
      entry = { source: null, scopes: [] };
      this.byHost.set(host, entry);
    }
    // The first source to claim a host (or scope) keeps it: the catalog lists each once.
    if (segments.length === 0) entry.source ??= source;
    else if (!entry.scopes.some((s) => s.segments.join('/') === segments.join('/'))) {
      entry.scopes.push({ segments, source });
    }
  }

  /** Hosts (and host+path scopes) the matcher knows. */
  get size(): number {
    let size = 0;
    for (const entry of this.byHost.values()) size += (entry.source ? 1 : 0) + entry.scopes.length;
    return size;
  }

  /** The source for a URL or host name, or null. Never throws on malformed input. */
  match(urlOrHost: string): S | null {
    const target = unwrapUrl(urlOrHost);
    if (target.kind !== 'url') return null;
    const hostname = target.url.hostname.toLowerCase().replace(/\.$/, '');
    const registrable = getDomain(hostname, { allowPrivateDomains: true });
    if (!registrable) return null;
    let path: string[] | null = null;
    let host = hostname;
    while (host.length >= registrable.length) {
      const entry = this.byHost.get(host);
      if (entry) {
        if (entry.scopes.length > 0) {
          path ??= pathSegments(target.url.pathname);
          const scoped = entry.scopes.find((scope) => startsWith(path as string[], scope.segments));
          if (scoped) return scoped.source;
        }
        if (entry.source) return entry.source;
      }
      const dot = host.indexOf('.');
      if (dot < 0) break;
      host = host.slice(dot + 1);
    }
    return null;
  }
}

function pathSegments(pathname: string): string[] {
  return pathname
    .toLowerCase()
    .split('/')
    .filter((segment) => segment !== '');
}

function startsWith(path: readonly string[], scope: readonly string[]): boolean {
  if (scope.length > path.length) return false;
  return scope.every((segment, i) => segment === '*' || segment === path[i]);
}
