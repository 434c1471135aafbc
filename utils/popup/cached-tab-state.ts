import { TabState } from '../../core/tab-state';
import { tabStateKey } from '../background/tab-state-key';
import type { PopupBrowser } from './native-browser';

/**
 * A tab's state as the background last stored it in storage.session, which extension pages
 * can read: the popup needs no round trip through (and no waking of) the service worker for a
 * tab already looked up. Null when nothing is stored or what is stored no longer parses.
 */
export function parseCachedTabState(stored: unknown): TabState | null {
  const parsed = TabState.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export async function readCachedTabState(
  api: Pick<PopupBrowser, 'storage'>,
  tabId: number,
): Promise<TabState | null> {
  const key = tabStateKey(tabId);
  return parseCachedTabState((await api.storage.session.get(key))[key]);
}
