// The link chips' main-thread code, bundled for the bench as the content script ships it.
import { adapterFor } from '../core/link-chips/adapters';
import type { ChipSource } from '../core/link-chips/chip-messages';
import { renderChips } from '../utils/link-chips/chip-controller';
import { pendingLinks, removeChips } from '../utils/link-chips/chip-scan';

const noBackend = {
  story: () => Promise.reject(new Error('not in the bench')),
  openStory: () => {},
};

/** The keys the page's links would be asked about (the background's input). */
export function keysOf(pageUrl: string): string[] {
  const adapter = adapterFor(pageUrl);
  if (!adapter) throw new Error(`no adapter for ${pageUrl}`);
  return [...new Set(pendingLinks(document, adapter).map((link) => link.key))];
}

/** One scan and render from a page without chips: what a page load costs the main thread. */
export function annotateOnce(
  pageUrl: string,
  known: Record<string, ChipSource | null>,
): { millis: number; chips: number; links: number } {
  const adapter = adapterFor(pageUrl);
  if (!adapter) throw new Error(`no adapter for ${pageUrl}`);
  removeChips(document);
  const map = new Map(Object.entries(known));
  // The removal's own relayout is not the chips' cost: settled before the clock starts.
  void document.body.offsetHeight;
  const start = performance.now();
  const links = pendingLinks(document, adapter);
  const chips = renderChips(document, links, map, noBackend);
  // Layout is part of the cost the page pays for the chips: forced here, inside the timing.
  void document.body.offsetHeight;
  return { millis: performance.now() - start, chips, links: links.length };
}

/**
 * The floor: a plain text span after each of the same links, and layout. No annotation can
 * cost the page less; measured in the same run, so the chips' figure reads against it.
 */
export function plainSpansOnce(pageUrl: string): number {
  const adapter = adapterFor(pageUrl);
  if (!adapter) throw new Error(`no adapter for ${pageUrl}`);
  removeChips(document);
  for (const old of document.querySelectorAll('[data-bench-floor]')) old.remove();
  const anchors = pendingLinks(document, adapter).map((link) => link.anchor);
  void document.body.offsetHeight;
  const start = performance.now();
  for (const anchor of anchors) {
    const span = document.createElement('span');
    span.setAttribute('data-bench-floor', '');
    span.textContent = 'Lean Left';
    anchor.after(span);
  }
  void document.body.offsetHeight;
  const millis = performance.now() - start;
  for (const old of document.querySelectorAll('[data-bench-floor]')) old.remove();
  return millis;
}
