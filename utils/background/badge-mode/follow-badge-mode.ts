import { browser } from 'wxt/browser';
import { onHostAccessChanged } from '../../shared/host-access';
import { badgeSettingsItem } from '../../shared/settings';
import { onIndexInUseChanged } from '../source-index/index-change';
import { reconcileBadgeSettings, syncBadgeScripts } from './sync-badge-scripts';

const report = (error: unknown) =>
  console.error('[Parallax] could not update the inline badge’s content scripts:', error);

const sync = () => void syncBadgeScripts().catch(report);
const reconcileAndSync = () =>
  void reconcileBadgeSettings()
    .then(() => syncBadgeScripts())
    .catch(report);

/**
 * Background: keeps the registered content scripts in step with the mode and the index. Every
 * listener is added synchronously at the worker's start, so each of these events wakes it.
 * A settings change made by the reconciliation itself triggers one more sync, which finds
 * nothing to do.
 */
export function followBadgeMode(): void {
  browser.runtime.onInstalled.addListener(reconcileAndSync);
  browser.runtime.onStartup.addListener(reconcileAndSync);
  badgeSettingsItem.watch(sync);
  onHostAccessChanged((granted) => {
    // Revoked: the setting follows (Options shows the badge off), and the scripts go.
    if (!granted) void reconcileBadgeSettings(false).catch(report);
    sync();
  });
  onIndexInUseChanged(sync);
}
