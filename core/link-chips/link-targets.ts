import { unwrapUrl } from '../unwrap-url';
import type { SiteAdapter } from './site-adapter';

/** A link an adapter found, with where it really goes. */
export interface LinkTarget {
  anchor: HTMLAnchorElement;
  /** The unwrapped target (or the target the page shows for an opaque shortener). */
  url: URL;
  /** True when only the shown host or URL is known (t.co): no article to look up. */
  shownOnly: boolean;
}

/**
 * The adapter's links with their real targets: wrappers unwrapped (core/unwrap-url.ts), an
 * opaque shortener replaced by the target the page shows for it, and the site's own links
 * dropped (a wrapper around a Google page is still Google).
 */
export function linkTargets(doc: Document, adapter: SiteAdapter): LinkTarget[] {
  const targets: LinkTarget[] = [];
  for (const { anchor, shownTarget, statedTarget } of adapter.findLinks(doc)) {
    // anchor.href is resolved against the page's URL (protocol-relative DuckDuckGo links too).
    let result = unwrapUrl(statedTarget ?? anchor.href);
    let shownOnly = false;
    if (result.kind === 'opaque' && shownTarget) {
      result = unwrapUrl(shownTarget);
      shownOnly = true;
    }
    if (result.kind !== 'url') continue;
    if (adapter.ownHosts.test(result.url.hostname.toLowerCase())) continue;
    targets.push({ anchor, url: result.url, shownOnly });
  }
  return targets;
}
