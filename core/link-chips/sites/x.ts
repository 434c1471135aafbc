import { linksIn, visibleText } from '../link-scan';
import type { FoundLink, SiteAdapter } from '../site-adapter';

/**
 * X: every outbound link is t.co, whose target only X's server knows. The page shows it, though:
 * a link in a post's text reads as the expanded URL (shortened with "…"), and a link card's
 * anchors say "From forbes.com" or carry aria-label "forbes.com <title>". That shown host or URL
 * is the target; a card gets one chip, on its "From …" line (else its first anchor).
 */
export const x: SiteAdapter = {
  id: 'x',
  site: 'x',
  handles: (url) => /^(mobile\.)?(x|twitter)\.com$/.test(url.hostname),
  ownHosts: /(^|\.)(x\.com|twitter\.com|twimg\.com)$/,
  findLinks: (doc) => [...postTextLinks(doc), ...cardLinks(doc)].sort(byPosition),
};

function postTextLinks(doc: Document): FoundLink[] {
  return linksIn(doc, '[data-testid="tweetText"] a[href*="//t.co/"]').map(({ anchor }) => ({
    anchor,
    shownTarget: visibleText(anchor).replace(/…$/, ''),
  }));
}

function cardLinks(doc: Document): FoundLink[] {
  const found: FoundLink[] = [];
  for (const card of doc.querySelectorAll('[data-testid="card.wrapper"]')) {
    // The "From forbes.com" line sits just after the card's wrapper, inside its parent.
    const scope = card.parentElement ?? card;
    const anchors = [...scope.querySelectorAll<HTMLAnchorElement>('a[href*="//t.co/"]')];
    const from = anchors.find((a) => /^From \S+$/.test(visibleText(a)));
    const labelled = anchors.find((a) => /^\S+\.\S+ /.test(a.getAttribute('aria-label') ?? ''));
    const host =
      (from && visibleText(from).slice('From '.length)) ??
      labelled?.getAttribute('aria-label')?.split(' ')[0];
    const anchor = from ?? anchors[0];
    if (anchor && host) found.push({ anchor, shownTarget: host });
  }
  return found;
}

function byPosition(a: FoundLink, b: FoundLink): number {
  // DOCUMENT_POSITION_FOLLOWING (4): b comes after a.
  return a.anchor.compareDocumentPosition(b.anchor) & 4 ? -1 : 1;
}
