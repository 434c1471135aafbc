import { browser } from 'wxt/browser';
import type { TabState } from '../../core/tab-state';
import { emptyTabState, readTabState, writeTabState } from '../shared/tab-state-channel';
import { showSourceBadge } from '../toolbar-badge/toolbar-badge';
import { localSourceFor } from './source-index/local-index';

/** Built from entrypoints/detect-tab.ts: detects once and reports, like the content script. */
export const DETECT_TAB_SCRIPT = '/detect-tab.js';

/**
 * The popup opened on `tabId` (popup:inspect-tab). When nothing has reported the page yet —
 * click-only mode, a tab opened before the badge was turned on, or a site outside the index,
 * where no script is registered — the detection script runs in it now, once: the reader's
 * toolbar click granted activeTab for this tab. Its report takes the usual page flow, so the
 * popup follows loading → ready as for a page the content script reported; on a site outside
 * the index the flow only names the site (news outlet no rater covers, or not a news site) and
 * sends nothing anywhere. Nothing is registered or run on any other tab.
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
  // An outlet's source card shows at once, from the index; the story follows the detection.
  const detecting: TabState = {
    ...emptyTabState(tabId),
    pageUrl: url,
    source,
    phase: source ? 'loading' : 'not-article',
  };
  await writeTabState(browser, detecting);
  if (source) await showSourceBadge(tabId, source);
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [DETECT_TAB_SCRIPT] });
    return detecting;
  } catch (error) {
    // No access after all (e.g. the popup was opened without a click on the toolbar button).
    const failed: TabState = {
      ...detecting,
      phase: 'not-article',
      message: `Parallax could not read this page: ${error instanceof Error ? error.message : String(error)}`,
    };
    await writeTabState(browser, failed);
    return failed;
  }
}
