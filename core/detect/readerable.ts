// Only the small heuristic, not Readability itself (~90 KB): the content script runs on every
// news page and needs just the yes/no.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

/** Readability's guess that the page is mostly article text (Firefox's Reader View button). */
export function looksReaderable(doc: Document): boolean {
  // The default visibility check reads `node.style`, which only a styled DOM has everywhere.
  return isProbablyReaderable(doc, {
    visibilityChecker: (node: Element) =>
      !node.hasAttribute('hidden') && node.getAttribute('aria-hidden') !== 'true',
  });
}
