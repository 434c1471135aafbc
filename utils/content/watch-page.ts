import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Quiet time before re-detecting: single-page apps swap several tags in a burst. */
const SETTLE_MS = 300;
/** How long to wait for a new URL's metadata before reporting what the page shows anyway. */
const METADATA_GRACE_MS = 2000;

const RELEVANT = new Set(['TITLE', 'META', 'LINK', 'SCRIPT']);
const touchesMetadata = (node: Node) =>
  RELEVANT.has(node.nodeName) ||
  (node.parentNode !== null && RELEVANT.has(node.parentNode.nodeName));

function isMetadataChange(mutations: MutationRecord[]): boolean {
  return mutations.some(
    (m) =>
      touchesMetadata(m.target) ||
      [...m.addedNodes].some(touchesMetadata) ||
      [...m.removedNodes].some(touchesMetadata),
  );
}

/**
 * Calls `detect` now, again when the URL changes without a page load (WXT's location-change
 * event) and when the page's metadata changes late (a MutationObserver on `<head>`),
 * debounced. `report` gets the answer only when it changed, so the background always
 * describes the current article and hears nothing new otherwise.
 *
 * `articleKey` names the article a detection describes. Single-page apps often change the URL
 * first and the metadata later: a new URL still carrying the previous article's key is held
 * back until the metadata changes or the grace period ends.
 */
export function watchPage<T>(
  ctx: ContentScriptContext,
  detect: () => T,
  report: (detection: T) => void,
  articleKey: (detection: T) => string | null,
): void {
  let lastJson = '';
  let lastKey: string | null = null;
  let lastHref = location.href;
  let urlChangedAt = 0;
  let timer: number | undefined;

  const run = () => {
    const detection = detect();
    const json = JSON.stringify(detection);
    if (json === lastJson) return;
    const key = articleKey(detection);
    const stillPrevious = location.href !== lastHref && key !== null && key === lastKey;
    if (stillPrevious && Date.now() - urlChangedAt < METADATA_GRACE_MS) {
      schedule(METADATA_GRACE_MS - (Date.now() - urlChangedAt));
      return;
    }
    lastJson = json;
    lastKey = key;
    lastHref = location.href;
    report(detection);
  };
  const schedule = (delay = SETTLE_MS) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(run, delay);
  };

  run();
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    urlChangedAt = Date.now();
    schedule();
  });
  const observer = new MutationObserver((mutations) => {
    if (isMetadataChange(mutations)) schedule();
  });
  observer.observe(document.head ?? document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    characterData: true,
  });
  ctx.onInvalidated(() => observer.disconnect());
}
