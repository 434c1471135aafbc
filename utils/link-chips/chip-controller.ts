import { CARD_ATTRIBUTE, openChipCard } from '../../components/link-chip/chip-card';
import { CHIP_ATTRIBUTE, createChip } from '../../components/link-chip/chip-element';
import { pageTheme } from '../../components/link-chip/page-theme';
import {
  type ChipSource,
  type ChipSourcesAnswer,
  type ChipStoryAnswer,
  MAX_CHIP_TARGETS,
} from '../../core/link-chips/chip-messages';
import type { SiteAdapter } from '../../core/link-chips/site-adapter';
import { type PendingLink, pendingLinks, removeChips } from './chip-scan';

export interface ChipBackend {
  sources(targets: string[]): Promise<ChipSourcesAnswer>;
  story(url: string): Promise<ChipStoryAnswer>;
  openStory(storyId: string): void;
}

/** Quiet time after the page's last change before a rescan: infinite scroll adds in bursts. */
export const RESCAN_DEBOUNCE_MS = 300;

/**
 * Puts chips beside the adapter's links as they near the viewport (chipsNearViewport), scanning
 * now and again whenever the page changes (debounced), asking the background only about
 * targets it has not asked about before. Returns `stop`, which disconnects everything and
 * removes every chip and card.
 */
export function startLinkChips(
  doc: Document,
  adapter: SiteAdapter,
  backend: ChipBackend,
): () => void {
  const known = new Map<string, ChipSource | null>();
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let scanning: Promise<void> | null = null;
  let again = false;

  const chips = chipsNearViewport(doc, known, backend);
  const render = (links: PendingLink[]) => chips.render(links);

  const scan = async () => {
    const links = pendingLinks(doc, adapter);
    const unknown = [...new Set(links.map((link) => link.key).filter((key) => !known.has(key)))];
    render(links);
    for (let at = 0; at < unknown.length && !stopped; at += MAX_CHIP_TARGETS) {
      const batch = unknown.slice(at, at + MAX_CHIP_TARGETS);
      const answer = await backend.sources(batch);
      batch.forEach((key, i) => {
        const index = answer.matches[i] ?? -1;
        known.set(key, index >= 0 ? (answer.sources[index] ?? null) : null);
      });
    }
    if (!stopped) render(links);
  };

  // One scan at a time; changes during a scan ask for one more afterwards.
  const requestScan = () => {
    if (stopped) return;
    if (scanning) {
      again = true;
      return;
    }
    scanning = scan()
      .catch((error: unknown) => console.debug('[Parallax] link chips:', error))
      .finally(() => {
        scanning = null;
        if (again) {
          again = false;
          requestScan();
        }
      });
  };

  const observer = new MutationObserver((records) => {
    if (records.every(isOwnChange)) return;
    clearTimeout(timer);
    timer = setTimeout(requestScan, RESCAN_DEBOUNCE_MS);
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  // Sites switch their own dark theme by a class or attribute on html or body, live.
  const themeObserver = new MutationObserver(() => retheme(doc));
  for (const element of [doc.documentElement, doc.body]) {
    themeObserver.observe(element, { attributes: true, attributeFilter: THEME_ATTRIBUTES });
  }
  requestScan();

  return () => {
    stopped = true;
    chips.stop();
    observer.disconnect();
    themeObserver.disconnect();
    clearTimeout(timer);
    removeChips(doc);
    for (const card of doc.querySelectorAll(`[${CARD_ATTRIBUTE}]`)) card.remove();
  };
}

/**
 * How far beyond the viewport chips are made ahead of the reader: two screens above and below
 * (a percentage of the viewport). A chip's layout is most of its cost, so a 1,000-link page
 * pays at load only for the links a reader can reach in a scroll or two, and for the rest in
 * batches as they approach (bench/link-chips-in-chromium.ts times both).
 */
export const CHIP_ROOT_MARGIN = '200% 0px 200% 0px';

/** After the first batch, how many more waiting links each batch takes, in page order. */
export const CHIPS_AHEAD = 40;

export interface NearViewportChips {
  /**
   * Takes a scan's whole list of pending links: those whose outlet is known wait for their
   * chip until they near the viewport; links no longer in the list stop waiting.
   */
  render(links: readonly PendingLink[]): void;
  /** Stops watching; chips already made stay (removeChips takes them). */
  stop(): void;
}

/**
 * Chips made only for links near the viewport, by an IntersectionObserver: its callback comes
 * after the browser's own layout, so reading the theme there forces none, and each callback's
 * chips are written together and laid out once, in the frame that follows. Where there is no
 * IntersectionObserver, every chip is made at once.
 */
export function chipsNearViewport(
  doc: Document,
  known: ReadonlyMap<string, ChipSource | null>,
  backend: Pick<ChipBackend, 'story' | 'openStory'>,
  options: { rootMargin?: string; onBatch?: (added: number) => void } = {},
): NearViewportChips {
  const Observer = globalThis.IntersectionObserver;
  if (typeof Observer !== 'function') {
    return {
      render(links) {
        const added = renderChips(doc, links, known, backend);
        options.onBatch?.(added);
      },
      stop: () => {},
    };
  }
  // In page order (a scan's order), so a batch can take the links that come next.
  const waiting = new Map<Element, PendingLink>();
  let batches = 0;
  const observer = new Observer(
    (entries) => {
      const near = new Set<Element>();
      for (const entry of entries) {
        if (entry.isIntersecting && waiting.has(entry.target)) near.add(entry.target);
      }
      if (near.size === 0) return;
      const links: PendingLink[] = [];
      // After the load's batch, each also takes the next links in page order: a change to the
      // page may lay out much of it again (a long table, all of it), so fewer, larger batches.
      let ahead = batches++ > 0 ? CHIPS_AHEAD : 0;
      let found = 0;
      for (const [anchor, link] of waiting) {
        if (near.has(anchor)) {
          links.push(link);
          found += 1;
        } else if (found > 0 && ahead > 0) {
          links.push(link);
          ahead -= 1;
        }
        if (found === near.size && ahead === 0) break;
      }
      for (const link of links) {
        waiting.delete(link.anchor);
        observer.unobserve(link.anchor);
      }
      const added = renderChips(doc, links, known, backend);
      options.onBatch?.(added);
    },
    { rootMargin: options.rootMargin ?? CHIP_ROOT_MARGIN },
  );
  return {
    render(links) {
      const wanted = new Set<Element>();
      for (const link of links) {
        if (!known.get(link.key)) continue;
        wanted.add(link.anchor);
        const before = waiting.get(link.anchor);
        waiting.set(link.anchor, link);
        if (!before) observer.observe(link.anchor);
      }
      for (const anchor of waiting.keys()) {
        if (wanted.has(anchor)) continue;
        waiting.delete(anchor);
        observer.unobserve(anchor);
      }
    },
    stop() {
      observer.disconnect();
      waiting.clear();
    },
  };
}

/**
 * Chips now for the pending links whose outlet is known (chipsNearViewport calls it per batch).
 * The theme is read once, before any chip is written, so it forces no layout between writes.
 */
export function renderChips(
  doc: Document,
  links: readonly PendingLink[],
  known: ReadonlyMap<string, ChipSource | null>,
  backend: Pick<ChipBackend, 'story' | 'openStory'>,
): number {
  if (links.length === 0) return 0;
  const theme = pageTheme(doc);
  let added = 0;
  for (const link of links) {
    const source = known.get(link.key);
    // Checked again: the page may have dropped or chipped the link while the answer came.
    if (!source || !link.anchor.isConnected) continue;
    if (link.anchor.nextElementSibling?.getAttribute(CHIP_ATTRIBUTE) === link.key) continue;
    const chip = createChip(doc, source, link.key, theme, (host) =>
      openChipCard(doc, {
        chip: host,
        source,
        articleUrl: link.articleUrl,
        theme: pageTheme(doc),
        askStory: backend.story,
        openStory: backend.openStory,
      }),
    );
    link.anchor.after(chip);
    added += 1;
  }
  return added;
}

const THEME_ATTRIBUTES = ['class', 'style', 'data-theme', 'data-color-mode', 'dark'];

/** Every chip and card follows the site's theme as it is now. */
function retheme(doc: Document): void {
  const theme = pageTheme(doc);
  for (const element of doc.querySelectorAll(`[${CHIP_ATTRIBUTE}], [${CARD_ATTRIBUTE}]`)) {
    if (element.getAttribute('data-theme') !== theme) element.setAttribute('data-theme', theme);
  }
}

/** Our own chips and card coming and going are not the page changing. */
function isOwnChange(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return (
    nodes.length > 0 &&
    nodes.every(
      (node) =>
        node.nodeType === 1 &&
        ((node as Element).hasAttribute(CHIP_ATTRIBUTE) ||
          (node as Element).hasAttribute(CARD_ATTRIBUTE)),
    )
  );
}
