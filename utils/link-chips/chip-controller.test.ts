// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHIP_ATTRIBUTE } from '../../components/link-chip/chip-element';
import type { ChipSource } from '../../core/link-chips/chip-messages';
import { hackerNews } from '../../core/link-chips/sites/hacker-news';
import { type ChipBackend, RESCAN_DEBOUNCE_MS, startLinkChips } from './chip-controller';

const GUARDIAN: ChipSource = {
  id: 'the-guardian',
  name: 'The Guardian',
  position: -1,
  ratersDisagree: false,
  raters: ['AllSides'],
  reliability: { label: 'Generally reliable', rater: 'Wikipedia perennial sources' },
};

function story(id: string, href: string): string {
  return `<tr class="athing"><td class="title"><span class="titleline"><a href="${href}">Story ${id}</a><span class="sitebit"> (<a href="from?site=x">x</a>)</span></span></td></tr>`;
}

function fakeBackend(): ChipBackend & { asked: string[][] } {
  const asked: string[][] = [];
  return {
    asked,
    sources: vi.fn(async (targets: string[]) => {
      asked.push(targets);
      return {
        sources: [GUARDIAN],
        matches: targets.map((t) => (t.includes('theguardian.com') ? 0 : -1)),
      };
    }),
    story: vi.fn(async () => ({ found: false as const, message: 'none' })),
    openStory: vi.fn(),
  };
}

const chips = () => [...document.querySelectorAll(`[${CHIP_ATTRIBUTE}]`)];

/**
 * happy-dom lays nothing out and its IntersectionObserver never reports: this one says every
 * target is near the viewport unless it is inside `[data-far]`, on observe and on `scrolled()`.
 */
class FakeIntersectionObserver {
  static all = new Set<FakeIntersectionObserver>();
  static scrolled() {
    for (const observer of FakeIntersectionObserver.all) observer.report([...observer.targets]);
  }
  readonly targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.all.add(this);
  }
  observe(target: Element) {
    this.targets.add(target);
    setTimeout(() => this.report([target]), 0);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
    FakeIntersectionObserver.all.delete(this);
  }
  private report(targets: Element[]) {
    const entries = targets
      .filter((target) => this.targets.has(target))
      .map((target) => ({ target, isIntersecting: !target.closest('[data-far]') }));
    if (entries.length > 0)
      this.callback(entries as unknown as IntersectionObserverEntry[], this as never);
  }
}

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
});

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
  vi.unstubAllGlobals();
  FakeIntersectionObserver.all.clear();
});

describe('startLinkChips', () => {
  it('puts one chip after each link to a known outlet, naming the outlet in its label', async () => {
    document.body.innerHTML = `<table>${story('1', 'https://www.theguardian.com/world/a')}${story('2', 'https://example.org/b')}</table>`;
    const backend = fakeBackend();
    const stop = startLinkChips(document, hackerNews, backend);
    await vi.waitFor(() => expect(chips()).toHaveLength(1));
    const chip = chips()[0] as HTMLElement;
    expect(chip.previousElementSibling?.textContent).toBe('Story 1');
    const button = chip.shadowRoot?.querySelector('button');
    expect(button?.getAttribute('aria-label')).toContain('The Guardian: Lean Left');
    expect(button?.textContent).toBe('Lean Left· High');
    // Only origin and path travel, each target once.
    expect(backend.asked).toEqual([
      ['https://www.theguardian.com/world/a', 'https://example.org/b'],
    ]);
    stop();
  });

  it('adds chips for links the page adds later, asks only about new targets, and never doubles a chip', async () => {
    document.body.innerHTML = `<table id="t">${story('1', 'https://www.theguardian.com/world/a')}</table>`;
    const backend = fakeBackend();
    const stop = startLinkChips(document, hackerNews, backend);
    await vi.waitFor(() => expect(chips()).toHaveLength(1));
    const table = document.getElementById('t') as HTMLElement;
    // Infinite scroll: a second page of stories; and a re-render of the first row's link.
    table.insertAdjacentHTML('beforeend', story('2', 'https://www.theguardian.com/world/b'));
    await vi.waitFor(() => expect(chips()).toHaveLength(2), { timeout: RESCAN_DEBOUNCE_MS * 5 });
    expect(backend.asked).toEqual([
      ['https://www.theguardian.com/world/a'],
      ['https://www.theguardian.com/world/b'],
    ]);
    const firstLink = document.querySelector('span.titleline > a') as HTMLAnchorElement;
    firstLink.replaceWith(firstLink.cloneNode(true));
    await new Promise((resolve) => setTimeout(resolve, RESCAN_DEBOUNCE_MS * 3));
    expect(chips()).toHaveLength(2);
    for (const chip of chips()) expect(chip.previousElementSibling?.tagName).toBe('A');
    stop();
  });

  it('makes chips only for links near the viewport, and the rest as they approach', async () => {
    document.body.innerHTML = `<table>${story('1', 'https://www.theguardian.com/world/a')}</table><table id="far" data-far>${story('2', 'https://www.theguardian.com/world/b')}${story('3', 'https://www.theguardian.com/world/c')}</table>`;
    const backend = fakeBackend();
    const stop = startLinkChips(document, hackerNews, backend);
    await vi.waitFor(() => expect(chips()).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(chips()).toHaveLength(1);
    // All three were asked about at once: only the chips wait, not the answer.
    expect(backend.asked).toHaveLength(1);
    document.getElementById('far')?.removeAttribute('data-far');
    FakeIntersectionObserver.scrolled();
    expect(chips()).toHaveLength(3);
    for (const chip of chips()) expect(chip.previousElementSibling?.tagName).toBe('A');
    // A rescan after the page changes makes no second chip for any of them.
    document.body.insertAdjacentHTML('beforeend', '<p>more</p>');
    await new Promise((resolve) => setTimeout(resolve, RESCAN_DEBOUNCE_MS * 2));
    FakeIntersectionObserver.scrolled();
    expect(chips()).toHaveLength(3);
    stop();
    expect(chips()).toHaveLength(0);
    expect(FakeIntersectionObserver.all.size).toBe(0);
  });

  it('after the first batch, takes the links that come next in page order along', async () => {
    const far = (id: string) =>
      `<table data-far>${story(id, `https://www.theguardian.com/world/${id}`)}</table>`;
    document.body.innerHTML = `<table>${story('1', 'https://www.theguardian.com/world/1')}</table>${['2', '3', '4'].map(far).join('')}`;
    const stop = startLinkChips(document, hackerNews, fakeBackend());
    await vi.waitFor(() => expect(chips()).toHaveLength(1));
    // Only the second story comes near: the third and fourth come with it, in one batch.
    document.querySelectorAll('[data-far]')[0]?.removeAttribute('data-far');
    FakeIntersectionObserver.scrolled();
    expect(chips().map((chip) => chip.previousElementSibling?.textContent)).toEqual([
      'Story 1',
      'Story 2',
      'Story 3',
      'Story 4',
    ]);
    stop();
  });

  it('makes every chip at once where there is no IntersectionObserver', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    document.body.innerHTML = `<table data-far>${story('1', 'https://www.theguardian.com/world/a')}${story('2', 'https://www.theguardian.com/world/b')}</table>`;
    const stop = startLinkChips(document, hackerNews, fakeBackend());
    await vi.waitFor(() => expect(chips()).toHaveLength(2));
    stop();
    expect(chips()).toHaveLength(0);
  });

  it('removes every chip when stopped (the site turned off) and adds none afterwards', async () => {
    document.body.innerHTML = `<table id="t">${story('1', 'https://www.theguardian.com/world/a')}</table>`;
    const stop = startLinkChips(document, hackerNews, fakeBackend());
    await vi.waitFor(() => expect(chips()).toHaveLength(1));
    stop();
    expect(chips()).toHaveLength(0);
    document
      .getElementById('t')
      ?.insertAdjacentHTML('beforeend', story('2', 'https://www.theguardian.com/world/b'));
    await new Promise((resolve) => setTimeout(resolve, RESCAN_DEBOUNCE_MS * 2));
    expect(chips()).toHaveLength(0);
  });

  it('opens the card on click and asks for the story only then', async () => {
    document.body.innerHTML = `<table>${story('1', 'https://www.theguardian.com/world/a?x=1')}</table>`;
    const backend = fakeBackend();
    const stop = startLinkChips(document, hackerNews, backend);
    await vi.waitFor(() => expect(chips()).toHaveLength(1));
    expect(backend.story).not.toHaveBeenCalled();
    (chips()[0] as HTMLElement).shadowRoot?.querySelector('button')?.click();
    expect(backend.story).toHaveBeenCalledWith('https://www.theguardian.com/world/a?x=1');
    const card = document.querySelector('[data-parallax-chip-card]');
    await vi.waitFor(() => expect(card?.shadowRoot?.textContent).toContain('none'));
    expect(card?.shadowRoot?.textContent).toContain('Reliability: Generally reliable');
    stop();
    expect(document.querySelector('[data-parallax-chip-card]')).toBeNull();
  });
});
