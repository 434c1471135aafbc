import type { TabState } from '../../core/tab-state';
import { parseTabState } from '../shared/tab-state-channel';
import type { PopupReads } from './early-reads';

/** What the popup's first paint needs: which tab, and its state if the background stored one. */
export interface PopupStart {
  tabId: number | null;
  /** Null when nothing (valid) is stored yet: the popup then follows the channel. */
  state: TabState | null;
}

/**
 * The early reads, parsed: the tab and its cached state, so that the first paint already
 * shows the answer instead of a skeleton. Never rejects: a failed read leaves the popup to
 * ask the background, which explains any failure to the reader.
 */
export async function popupStartFrom(reads: PopupReads): Promise<PopupStart> {
  let tabId: number | null;
  try {
    tabId = await reads.tabId;
  } catch {
    return { tabId: null, state: null };
  }
  try {
    return { tabId, state: parseTabState(await reads.storedState) };
  } catch {
    return { tabId, state: null };
  }
}
