import { describe, expect, it } from 'vitest';
import { type Box, CHIP, chipBox, DEFAULT_PLACEMENT, placeBadge } from './place-badge';

const viewport = { width: 1200, height: 800 };

/** Obstacles as fixed boxes: reports those that meet the asked box. */
function fixedBoxes(...boxes: Box[]) {
  const asked: Box[] = [];
  const find = (box: Box) => {
    asked.push(box);
    return boxes.filter(
      (b) => b.left < box.right && b.right > box.left && b.top < box.bottom && b.bottom > box.top,
    );
  };
  return { find, asked };
}

describe('placeBadge', () => {
  it('keeps the bottom-right corner when nothing fixed is there', () => {
    const { find, asked } = fixedBoxes({ left: 0, top: 0, right: 1200, bottom: 60 });
    expect(placeBadge(viewport, find)).toEqual(DEFAULT_PLACEMENT);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toEqual({ left: 1200 - 16 - CHIP.width, top: 752, right: 1184, bottom: 784 });
  });

  it('rises above a full-width fixed footer, a gap clear of it', () => {
    const footer = { left: 0, top: 728, right: 1200, bottom: 800 };
    const placement = placeBadge(viewport, fixedBoxes(footer).find);
    expect(placement).toEqual({ side: 'right', lift: 64 });
    expect(chipBox(viewport, placement).bottom).toBe(footer.top - CHIP.gap);
  });

  it('rises past stacked bars one after another', () => {
    const footer = { left: 0, top: 740, right: 1200, bottom: 800 };
    const cookies = { left: 900, top: 680, right: 1200, bottom: 740 };
    const placement = placeBadge(viewport, fixedBoxes(footer, cookies).find);
    expect(placement.side).toBe('right');
    expect(chipBox(viewport, placement).bottom).toBe(cookies.top - CHIP.gap);
  });

  it('moves to the bottom-left corner when the right side is blocked too high up', () => {
    const sidebar = { left: 900, top: 100, right: 1200, bottom: 800 };
    expect(placeBadge(viewport, fixedBoxes(sidebar).find)).toEqual({ side: 'left', lift: 0 });
  });

  it('stays in its usual corner when both corners are blocked too high up', () => {
    const tall = { left: 0, top: 300, right: 1200, bottom: 800 };
    expect(placeBadge(viewport, fixedBoxes(tall).find)).toEqual(DEFAULT_PLACEMENT);
  });
});
