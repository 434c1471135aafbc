import type { PopupBrowser } from './native-browser';

/**
 * The tab the popup describes: `?tab=ID` when given (tests, the story page opening the popup
 * in a tab), else the active tab of the current window. The latter needs no `tabs` permission.
 */
export async function resolveTabId(
  search: string,
  api: Pick<PopupBrowser, 'tabs'>,
): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
