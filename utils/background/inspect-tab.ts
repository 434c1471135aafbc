import { browser } from 'wxt/browser';
import type { TabState } from '../../core/tab-state';
import { emptyTabState, readTabState, writeTabState } from '../shared/tab-state-channel';
import { showBiasBadge } from '../toolbar-badge/toolbar-badge';
import { localSourceFor } from './source-index/local-index';

/** Built from entrypoints/detect-tab.ts: detects once and reports, like the content script. */
export const DETECT_TAB_SCRIPT = '/detect-tab.js';

/**
 * The popup opened on `tabId` (popup:inspect-tab). When nothing has reported the page yet —
 * click-only mode, or a tab opened before the badge was turned on — and the page is on an
 * outlet of the index, the detection script runs in it now: the toolbar click granted activeTab.
 * Its report goes through the usual page flow, so the popup follows loading → ready as it does
 * for a page the content script reported. Pages outside the index get nothing injected.
 */
export async function inspectTab(tabId: number): Promise<TabState> {
  const stored = await readTabState(browser, tabId);
  if (stored) return stored;
  let url: string | undefined;
  try {
    // tab.url is there only with access to the tab: activeTab after the click, or host access.
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return emptyTabState(tabId);
  }
  if (!url || !/^https?:/.test(url)) return emptyTabState(tabId);
  const source = localSourceFor(url);
  const base: TabState = { ...emptyTabState(tabId), pageUrl: url, source };
  if (!source) {
    await writeTabState(browser, base);
    return base;
  }
  // The source card shows at once, from the index; the story follows the detection.
  const detecting: TabState = { ...base, phase: 'loading' };
  await writeTabState(browser, detecting);
  await showBiasBadge(tabId, source.position);
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [DETECT_TAB_SCRIPT] });
    return detecting;
  } catch (error) {
    // No access after all (e.g. the popup was opened without a click on the toolbar button).
    const failed: TabState = {
      ...base,
      message: `Parallax could not read this page: ${error instanceof Error ? error.message : String(error)}`,
    };
    await writeTabState(browser, failed);
    return failed;
  }
}
