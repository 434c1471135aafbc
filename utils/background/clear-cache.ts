import { browser } from 'wxt/browser';
import { removeAllTabStates } from '../shared/tab-state-channel';
import { clearBadge } from '../toolbar-badge/toolbar-badge';
import { db } from './db';

/**
 * "Clear cached data" in Options: every cached backend answer and every tab's state. Settings
 * stay. Open tabs show their outlet again on their next page load.
 */
export async function clearCachedData(): Promise<{ lookups: number; tabs: number }> {
  const lookups = await db.lookups.count();
  await db.lookups.clear();
  const tabs = await removeAllTabStates(browser);
  await Promise.all(tabs.map((tabId) => clearBadge(tabId).catch(() => undefined)));
  return { lookups, tabs: tabs.length };
}
