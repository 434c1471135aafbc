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
 * Puts chips beside the adapter's links now and again whenever the page changes (debounced),
 * asking the background only about targets it has not asked about before. Returns `stop`,
 * which disconnects everything and removes every chip and card.
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

  const render = (links: PendingLink[]) => renderChips(doc, links, known, backend);

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
    observer.disconnect();
    themeObserver.disconnect();
    clearTimeout(timer);
    removeChips(doc);
    for (const card of doc.querySelectorAll(`[${CARD_ATTRIBUTE}]`)) card.remove();
  };
}

/**
 * Chips for the pending links whose outlet is known: the main-thread half of a scan with
 * pendingLinks (the bench times the two together, bench/link-chips-in-chromium.ts).
 */
export function renderChips(
  doc: Document,
  links: readonly PendingLink[],
  known: ReadonlyMap<string, ChipSource | null>,
  backend: Pick<ChipBackend, 'story' | 'openStory'>,
): number {
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
