import { browser } from 'wxt/browser';
import { clearBadge } from '../toolbar-badge/toolbar-badge';
import { db } from './db';

/**
 * "Clear cached data" in Options: every cached backend answer and every tab's state. Settings
 * stay. Open tabs show their outlet again on their next page load.
 */
export async function clearCachedData(): Promise<{ lookups: number; tabs: number }> {
  const lookups = await db.lookups.count();
  await db.lookups.clear();
  const stored = await browser.storage.session.get(null);
  const keys = Object.keys(stored).filter((key) => key.startsWith('tab:'));
  await browser.storage.session.remove(keys);
  await Promise.all(keys.map((key) => clearBadge(Number(key.slice(4))).catch(() => undefined)));
  return { lookups, tabs: keys.length };
}
