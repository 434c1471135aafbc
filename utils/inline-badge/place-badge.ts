import { CHIP } from '../../components/shared/styles/design-tokens';

/**
 * Where the inline badge sits so that it never covers the page's own fixed controls (cookie
 * bars, sticky footers, chat buttons): it starts in the bottom-right corner, rises above what is
 * fixed there, or moves to the bottom-left corner when the right one is blocked too high up.
 * The badge is fixed in its own shadow root, so moving it never moves the page.
 */

/** Which bottom corner, and how many pixels above its usual spot the chip sits. */
export interface BadgePlacement {
  side: 'right' | 'left';
  lift: number;
}

export const DEFAULT_PLACEMENT: BadgePlacement = { side: 'right', lift: 0 };

/** The chip's box and margins, the same numbers inline-badge.css draws it with. */
export { CHIP };

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The boxes of the page's fixed or sticky elements that meet a box of the viewport. */
export type FindObstacles = (box: Box) => Box[];

/** The chip's box in the viewport for a placement. */
export function chipBox(
  viewport: { width: number; height: number },
  { side, lift }: BadgePlacement,
): Box {
  const bottom = viewport.height - CHIP.edge - lift;
  const left = side === 'right' ? viewport.width - CHIP.edge - CHIP.width : CHIP.edge;
  return { left, top: bottom - CHIP.height, right: left + CHIP.width, bottom };
}

/**
 * The first clear placement: bottom-right, raised step by step above whatever fixed element
 * is in the way (at most half the viewport up), then the same in the bottom-left corner. When
 * both are blocked, the usual corner: better a badge over a bar than none or one mid-page.
 */
export function placeBadge(
  viewport: { width: number; height: number },
  obstacles: FindObstacles,
): BadgePlacement {
  const maxLift = viewport.height / 2;
  for (const side of ['right', 'left'] as const) {
    let lift = 0;
    for (let step = 0; step < 6; step++) {
      const hits = obstacles(chipBox(viewport, { side, lift }));
      if (hits.length === 0) return { side, lift };
      const top = Math.min(...hits.map((hit) => hit.top));
      // Chip bottom just above the highest obstacle: bottom = top - gap.
      const next = Math.ceil(viewport.height - CHIP.edge - top + CHIP.gap);
      if (next <= lift || next > maxLift) break;
      lift = next;
    }
  }
  return DEFAULT_PLACEMENT;
}

/**
 * Finds the page's fixed and sticky elements under a box by hit-testing a 3×3 grid of points
 * in it (`elementsFromPoint` lists every element stacked at a point), ignoring the badge's own
 * host and elements covering most of the viewport (app shells and overlays that are fixed as a
 * whole, where rising would not help).
 */
export function fixedObstacles(host: Element, doc: Document = document): FindObstacles {
  return (box) => {
    const root = doc.documentElement;
    const viewportArea = root.clientWidth * root.clientHeight;
    const checked = new Set<Element>();
    const found: Box[] = [];
    const xs = [box.left + 1, (box.left + box.right) / 2, box.right - 1];
    const ys = [box.top + 1, (box.top + box.bottom) / 2, box.bottom - 1];
    for (const x of xs) {
      for (const y of ys) {
        for (const element of doc.elementsFromPoint(x, y)) {
          if (checked.has(element)) continue;
          checked.add(element);
          if (element === host || element === root || element === doc.body) continue;
          const position = getComputedStyle(element).position;
          if (position !== 'fixed' && position !== 'sticky') continue;
          const rect = element.getBoundingClientRect();
          if (rect.width * rect.height > viewportArea / 2) continue;
          found.push(rect);
        }
      }
    }
    return found;
  };
}

/** The viewport the badge is fixed in: the window without its scrollbars. */
export function viewportSize(doc: Document = document): { width: number; height: number } {
  const root = doc.documentElement;
  return {
    width: root.clientWidth || window.innerWidth,
    height: root.clientHeight || window.innerHeight,
  };
}

export function samePlacement(a: BadgePlacement, b: BadgePlacement): boolean {
  return a.side === b.side && a.lift === b.lift;
}
