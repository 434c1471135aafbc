import { adapterFor } from './adapters';
import { describePlace } from './link-place';
import { linkTargets } from './link-targets';

/** One link that gets a chip, as `parallax annotate` and the real-data suite report it. */
export interface AnnotatedLink {
  url: string;
  outletId: string;
  adapter: string;
  path: string;
  text: string;
  shownOnly: boolean;
}

/**
 * The links on a page that its site's adapter would annotate, matched to outlets by `matchUrl`
 * (the index in use). Null when no adapter handles the page URL.
 */
export function annotatePage(
  doc: Document,
  pageUrl: string,
  matchUrl: (url: string) => { id: string } | null,
): { adapter: string; links: AnnotatedLink[] } | null {
  const adapter = adapterFor(pageUrl);
  if (!adapter) return null;
  const links: AnnotatedLink[] = [];
  for (const target of linkTargets(doc, adapter)) {
    const source = matchUrl(target.url.href);
    if (!source) continue;
    links.push({
      url: target.url.href,
      outletId: source.id,
      adapter: adapter.id,
      shownOnly: target.shownOnly,
      ...describePlace(target.anchor),
    });
  }
  return { adapter: adapter.id, links };
}
