import type { FoundLink } from './site-adapter';

/**
 * The anchors under `selector` (a selector for links, or for containers whose links count),
 * each once, in document order, minus those inside `exclude` (ads, navigation) and those with
 * nothing a reader can see beside them (an image-only thumbnail duplicating the title link).
 */
export function linksIn(
  doc: Document,
  selector: string,
  options: { exclude?: string; needsText?: boolean } = {},
): FoundLink[] {
  const seen = new Set<Element>();
  const found: FoundLink[] = [];
  for (const element of doc.querySelectorAll(selector)) {
    const anchors = element.tagName === 'A' ? [element] : [...element.querySelectorAll('a[href]')];
    for (const anchor of anchors) {
      if (seen.has(anchor) || !isAnchor(anchor)) continue;
      seen.add(anchor);
      if (options.exclude && anchor.closest(options.exclude)) continue;
      if (options.needsText !== false && visibleText(anchor) === '') continue;
      found.push({ anchor });
    }
  }
  // querySelectorAll gives document order; `seen` keeps nested matches to one.
  return found;
}

export function isAnchor(element: Element): element is HTMLAnchorElement {
  return element.tagName === 'A' && element.hasAttribute('href');
}

export function visibleText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}
