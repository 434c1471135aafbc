import { biasName } from '../../core/bias';
import type { ChipSource } from '../../core/link-chips/chip-messages';
import { reliabilityWord } from '../../core/link-chips/chip-source';
import { CHIP_CSS } from './chip-style';

/** Marks a chip's host in the page: how the scanner finds, skips and removes its own chips. */
export const CHIP_ATTRIBUTE = 'data-parallax-chip';

/**
 * The host's box, inline and !important: the page's CSS may style every span, and the host is
 * in the page's DOM. Inline-block beside the link, so the only layout change is the chip's own
 * width (plus its 4px gap); it never wraps the link's text.
 */
const HOST_STYLE =
  'all: initial !important; display: inline-block !important; margin: 0 0 0 4px !important; ' +
  'padding: 0 !important; vertical-align: middle !important; line-height: 0 !important; ' +
  'position: static !important; float: none !important; contain: layout paint style !important;';

/** What a chip says, and its accessible label: the outlet is named there, not on the chip. */
export function chipWords(source: ChipSource): {
  text: string;
  reliability: string | null;
  label: string;
} {
  const word = source.reliability ? reliabilityWord(source.reliability.label) : null;
  // An outlet rated for reliability alone is a rated outlet (issue 12): its chip says that
  // reading ("Mixed reliability"), not "Not rated" beside it.
  if (source.position === null && word) {
    const parts = [`${source.name}: bias not rated`];
    parts.push(`reliability ${source.reliability?.label} (${source.reliability?.rater})`);
    return {
      text: `${word} reliability`,
      reliability: null,
      label: `Parallax: ${parts.join('; ')}. Open the source card.`,
    };
  }
  const leaning = source.position === null ? 'Not rated' : biasName(source.position);
  const reliability = word;
  const parts = [`${source.name}: ${source.position === null ? 'bias not rated' : leaning}`];
  if (source.ratersDisagree) parts.push('raters disagree');
  if (source.reliability)
    parts.push(`reliability ${source.reliability.label} (${source.reliability.rater})`);
  return {
    text: leaning,
    reliability,
    label: `Parallax: ${parts.join('; ')}. Open the source card.`,
  };
}

/**
 * A chip for `source`, to sit right after its link: a span host with its own shadow root and a
 * button inside. `onOpen` gets the host when the reader clicks or presses Enter/Space.
 */
export function createChip(
  doc: Document,
  source: ChipSource,
  key: string,
  theme: 'light' | 'dark',
  onOpen: (host: HTMLElement) => void,
): HTMLElement {
  const host = doc.createElement('span');
  host.setAttribute(CHIP_ATTRIBUTE, key);
  host.setAttribute('data-theme', theme);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'open' });
  const words = chipWords(source);
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'chip';
  button.dataset.bias = source.position === null ? 'unrated' : String(source.position);
  button.setAttribute('aria-label', words.label);
  button.setAttribute('aria-haspopup', 'dialog');
  button.title = words.label;
  const swatch = doc.createElement('span');
  swatch.className = 'swatch';
  swatch.setAttribute('aria-hidden', 'true');
  button.append(swatch, words.text);
  if (words.reliability) {
    const reliability = doc.createElement('span');
    reliability.className = 'reliability';
    reliability.textContent = `· ${words.reliability}`;
    button.append(reliability);
  }
  button.addEventListener('click', (event) => {
    // The chip sits beside a link, sometimes inside the link's clickable card: never follow it.
    event.preventDefault();
    event.stopPropagation();
    onOpen(host);
  });
  adoptChipStyles(doc, root);
  root.append(button);
  return host;
}

/** One parsed stylesheet per page, shared by every chip: parsing it per chip cost most of the time. */
const sheets = new WeakMap<Document, CSSStyleSheet | null>();

function adoptChipStyles(doc: Document, root: ShadowRoot): void {
  let sheet = sheets.get(doc);
  if (sheet === undefined) {
    sheet = null;
    try {
      const view = doc.defaultView as (Window & typeof globalThis) | null;
      if (view && 'adoptedStyleSheets' in root) {
        sheet = new view.CSSStyleSheet();
        sheet.replaceSync(CHIP_CSS);
      }
    } catch {
      sheet = null;
    }
    sheets.set(doc, sheet);
  }
  try {
    if (sheet) {
      root.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    // Firefox content scripts may refuse a sheet across their Xray boundary: a <style> then.
  }
  const style = doc.createElement('style');
  style.textContent = CHIP_CSS;
  root.append(style);
}
