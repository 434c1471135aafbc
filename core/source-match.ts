import { getDomain, getHostname } from 'tldts';
import type { Source } from './source';

/**
 * Finds the outlet a URL belongs to. Hosts are tried from the most specific to the
 * registrable domain and never beyond it, so `news.foo.co.uk` can match `foo.co.uk` but
 * nothing can ever match a bare public suffix such as `co.uk`.
 */
export class SourceMatcher<S extends Pick<Source, 'id' | 'domains'> = Source> {
  private readonly byHost = new Map<string, S>();

  constructor(sources: Iterable<S>) {
    for (const source of sources) {
      for (const domain of source.domains) {
        // The first source to claim a host keeps it: the catalog lists each host once.
        if (!this.byHost.has(domain)) this.byHost.set(domain, source);
      }
    }
  }

  get size(): number {
    return this.byHost.size;
  }

  /** The source for a URL or host name, or null. Never throws on malformed input. */
  match(urlOrHost: string): S | null {
    const hostname = getHostname(urlOrHost)?.toLowerCase();
    if (!hostname) return null;
    const registrable = getDomain(hostname);
    if (!registrable) return null;
    let host = hostname;
    while (host.length >= registrable.length) {
      const source = this.byHost.get(host);
      if (source) return source;
      const dot = host.indexOf('.');
      if (dot < 0) break;
      host = host.slice(dot + 1);
    }
    return null;
  }
}
