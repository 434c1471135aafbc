import { type BadgeMode, badgeModeOf } from '../../../core/settings';
import { indexEntries } from '../../../core/source-index';
import { hasHostAccess } from '../../shared/host-access';
import { getBadgeSettings, setBadgeSettings } from '../../shared/settings';
import { syncContentScripts } from '../content-registration/registered-scripts';
import type { RegistrationPlan } from '../content-registration/registration-plan';
import { sourceIndexInUse } from '../source-index/index-in-use';
import { BADGE_SCRIPT_PREFIX, badgeScriptsFor } from './badge-scripts';

export interface BadgeSync {
  mode: BadgeMode;
  /** How many match patterns are registered (0 in click-only mode). */
  patterns: number;
  plan: RegistrationPlan;
}

/**
 * Every domain of the index in use (bundled, or the backend's): its curated sources and its
 * domain-only sites alike, as the matcher reads them (indexEntries), without decoding ratings.
 */
async function domainsInUse(): Promise<string[]> {
  const { index } = await sourceIndexInUse();
  return indexEntries(index).flatMap((entry) => entry.domains);
}

/**
 * Registers the content script for the index's outlets when the mode is inline, unregisters it
 * otherwise. Run on install and startup, and when the setting, the host access or the index in
 * use changes (follow-badge-mode.ts).
 */
export async function syncBadgeScripts(): Promise<BadgeSync> {
  const mode = badgeModeOf(await getBadgeSettings(), await hasHostAccess());
  const scripts = badgeScriptsFor(mode, mode === 'inline' ? await domainsInUse() : []);
  const plan = await syncContentScripts(BADGE_SCRIPT_PREFIX, scripts);
  return { mode, patterns: scripts[0]?.matches.length ?? 0, plan };
}

/**
 * The setting says what is true: a badge left "on" without the host access (revoked in the
 * browser's settings, or a v1 install whose access came with its static content scripts) is
 * turned off, so Options offers to turn it on again, with the explanation, instead of claiming
 * a badge that cannot show. Answers whether it changed anything.
 */
export async function reconcileBadgeSettings(granted?: boolean): Promise<boolean> {
  const settings = await getBadgeSettings();
  if (!settings.enabled || (granted ?? (await hasHostAccess()))) return false;
  await setBadgeSettings({ ...settings, enabled: false });
  return true;
}
