import {
  type BadgePlacement,
  fixedObstacles,
  placeBadge,
  samePlacement,
  viewportSize,
} from './place-badge';

/** How often the badge looks again for fixed bars that appear without resizing anything. */
const RECHECK_MS = 2000;
const DEBOUNCE_MS = 150;

/**
 * Places the badge now (returned, so the first draw is already in the right spot) and again,
 * cheaply, when the window is resized, the page's body changes size, the page scrolls (sticky
 * elements stick and unstick) or, every two seconds while the tab is visible, in case a cookie
 * or app banner has appeared. Calls `onChange` only when the placement actually changes.
 * Returns the placement and a function that stops following.
 */
export function followPlacement(
  host: Element,
  onChange: (placement: BadgePlacement) => void,
): { placement: BadgePlacement; stop: () => void } {
  const measure = () => placeBadge(viewportSize(), fixedObstacles(host));
  let current = measure();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    timer = undefined;
    if (document.visibilityState !== 'visible') return;
    const next = measure();
    if (samePlacement(next, current)) return;
    current = next;
    onChange(next);
  };
  const soon = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(check, DEBOUNCE_MS);
  };

  window.addEventListener('resize', soon, { passive: true });
  window.addEventListener('scroll', soon, { passive: true });
  document.addEventListener('visibilitychange', soon);
  const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(soon) : null;
  if (document.body) resized?.observe(document.body);
  const interval = setInterval(() => {
    if (timer === undefined) check();
  }, RECHECK_MS);

  return {
    placement: current,
    stop: () => {
      window.removeEventListener('resize', soon);
      window.removeEventListener('scroll', soon);
      document.removeEventListener('visibilitychange', soon);
      resized?.disconnect();
      clearInterval(interval);
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
