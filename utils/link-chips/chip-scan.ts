import { CHIP_ATTRIBUTE } from '../../components/link-chip/chip-element';
import { linkTargets } from '../../core/link-chips/link-targets';
import type { SiteAdapter } from '../../core/link-chips/site-adapter';

/** A found link still without its chip. */
export interface PendingLink {
  anchor: HTMLAnchorElement;
  /** What the background matches: origin and path of the target (no query, no fragment). */
  key: string;
  /** The full target, for the story lookup when the reader opens the card; null for t.co. */
  articleUrl: string | null;
}

export function chipKey(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/**
 * The adapter's links that have no chip yet. A chip already right after its link (same key) is
 * kept; chips left behind when the site re-rendered or replaced a link (no longer after a link
 * with their key) are removed first, so a re-render never leaves two chips or a stray one.
 */
export function pendingLinks(doc: Document, adapter: SiteAdapter): PendingLink[] {
  const pending: PendingLink[] = [];
  const kept = new Set<Element>();
  for (const target of linkTargets(doc, adapter)) {
    const key = chipKey(target.url);
    const next = target.anchor.nextElementSibling;
    if (next?.getAttribute(CHIP_ATTRIBUTE) === key) {
      kept.add(next);
      continue;
    }
    pending.push({
      anchor: target.anchor,
      key,
      articleUrl: target.shownOnly ? null : target.url.href,
    });
  }
  for (const chip of doc.querySelectorAll(`[${CHIP_ATTRIBUTE}]`)) {
    if (!kept.has(chip)) chip.remove();
  }
  return pending;
}

/** Removes every chip from the page (the site turned off, the extension reloaded). */
export function removeChips(doc: Document): void {
  for (const chip of doc.querySelectorAll(`[${CHIP_ATTRIBUTE}]`)) chip.remove();
}
