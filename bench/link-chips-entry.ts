// The link chips' main-thread code, bundled for the bench as the content script ships it.
import { adapterFor } from '../core/link-chips/adapters';
import type { ChipSource } from '../core/link-chips/chip-messages';
import {
  chipsNearViewport,
  type NearViewportChips,
  renderChips,
} from '../utils/link-chips/chip-controller';
import { pendingLinks, removeChips } from '../utils/link-chips/chip-scan';

const noBackend = {
  story: () => Promise.reject(new Error('not in the bench')),
  openStory: () => {},
};

function adapterOf(pageUrl: string) {
  const adapter = adapterFor(pageUrl);
  if (!adapter) throw new Error(`no adapter for ${pageUrl}`);
  return adapter;
}

/**
 * After the next frame's style, layout and paint: what the page pays for a change is paid.
 * Layout is forced first, so it falls inside the measurement whether or not headless
 * Chromium draws a frame in time; the frame then only paints.
 */
function settled(): Promise<void> {
  void document.body.offsetHeight;
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

const chipCount = () => document.querySelectorAll('[data-parallax-chip]').length;

let lazy: NearViewportChips | null = null;
let known = new Map<string, ChipSource | null>();

/**
 * The background's answers, handed over once before any timing: a thousand sources through
 * DevTools' evaluate cost the page's thread more than the chips (the extension's messages are a
 * structured clone, not this).
 */
export function setKnown(answers: Record<string, ChipSource | null>): void {
  known = new Map(Object.entries(answers));
}

/** The page as loaded: no chips, no floor spans, no observer, scrolled to the top, settled. */
export async function reset(): Promise<void> {
  lazy?.stop();
  lazy = null;
  removeChips(document);
  for (const old of document.querySelectorAll('[data-bench-floor]')) old.remove();
  scrollTo(0, 0);
  await settled();
  await settled();
}

/** The keys the page's links would be asked about (the background's input). */
export function keysOf(pageUrl: string): string[] {
  return [...new Set(pendingLinks(document, adapterOf(pageUrl)).map((link) => link.key))];
}

/**
 * What the content script does at load: one scan, then chips for the links within reach of
 * the viewport (its IntersectionObserver's first report), and the frame that lays them out.
 */
export async function lazyAtLoad(pageUrl: string): Promise<{ chips: number; links: number }> {
  let batched: () => void = () => {};
  const firstBatch = new Promise<void>((resolve) => {
    batched = resolve;
  });
  const links = pendingLinks(document, adapterOf(pageUrl));
  lazy = chipsNearViewport(document, known, noBackend, { onBatch: () => batched() });
  lazy.render(links);
  // A page with no known outlet near the top gets no batch: idle waiting costs no main thread.
  await Promise.race([firstBatch, new Promise((resolve) => setTimeout(resolve, 500))]);
  await settled();
  chippedAtLoad = [...document.querySelectorAll('[data-parallax-chip]')].map(
    (chip) => chip.previousElementSibling as HTMLAnchorElement,
  );
  return { chips: chipCount(), links: links.length };
}

/**
 * After lazyAtLoad, or on a page without chips (the scrolling's own floor): the reader scrolls
 * to the bottom a screen at a time, two frames a screen, chips made as their links approach.
 */
export async function scrollToBottom(expected: number): Promise<number> {
  for (let y = 0; ; y += innerHeight) {
    scrollTo(0, y);
    await settled();
    await settled();
    if (y + innerHeight >= document.documentElement.scrollHeight) break;
  }
  for (let i = 0; i < 20 && chipCount() < expected; i++) await settled();
  return chipCount();
}

/** Every chip at once, as the content script did before chips waited for the viewport. */
export async function allAtOnce(pageUrl: string): Promise<number> {
  const links = pendingLinks(document, adapterOf(pageUrl));
  const chips = renderChips(document, links, known, noBackend);
  await settled();
  return chips;
}

let floorAnchors: HTMLAnchorElement[] = [];
let chippedAtLoad: HTMLAnchorElement[] = [];

/**
 * The floor's links, found before its clock starts (as the floor always was): every link, or
 * only those the last lazyAtLoad chipped (the floor of what a load can cost).
 */
export function prepareFloor(pageUrl: string, atLoadOnly: boolean): void {
  floorAnchors = atLoadOnly
    ? chippedAtLoad
    : pendingLinks(document, adapterOf(pageUrl)).map((link) => link.anchor);
}

/**
 * The floor: a plain text span after each of the same links, and the frame that lays them out.
 * No annotation of every link at once can cost the page less.
 */
export async function plainSpans(): Promise<void> {
  for (const anchor of floorAnchors) {
    const span = document.createElement('span');
    span.setAttribute('data-bench-floor', '');
    span.textContent = 'Lean Left';
    anchor.after(span);
  }
  await settled();
}
