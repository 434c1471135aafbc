import { browser } from 'wxt/browser';

/**
 * The tab the popup describes: `?tab=ID` when given (tests, the story page opening the popup
 * in a tab), else the active tab of the current window. The latter needs no `tabs` permission.
 */
export async function resolveTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
