import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeModeOf } from '../../../core/settings';
import {
  installFakePermissions,
  installFakeScripting,
} from '../../../tests/fixtures/extension/fake-extension-apis';
import {
  oneOutletIndex,
  storeBackendIndex,
} from '../../../tests/fixtures/extension/source-index-fixtures';
import { ALL_SITES } from '../../shared/host-access';
import { DEFAULT_BACKEND_URL, getBadgeSettings, setBadgeSettings } from '../../shared/settings';
import { db } from '../db';
import { BADGE_CONTENT_SCRIPT, BADGE_SCRIPT_PREFIX, badgeScriptsFor } from './badge-scripts';
import { reconcileBadgeSettings, syncBadgeScripts } from './sync-badge-scripts';

const BADGE_ID = `${BADGE_SCRIPT_PREFIX}article`;
const rating = {
  rater: 'AllSides',
  entry: null,
  label: 'Right',
  position: 2 as const,
  reliability: null,
  ratedOn: '2023-11-15',
  url: null,
  attribution: 'Ratings by AllSides.com, licensed CC BY-NC 4.0.',
};

describe('badge mode', () => {
  it('is inline only with both the opt-in and the host access', () => {
    const on = { enabled: true, disabledSites: [] };
    const off = { enabled: false, disabledSites: [] };
    expect(badgeModeOf(on, true)).toBe('inline');
    expect(badgeModeOf(on, false)).toBe('click-only');
    expect(badgeModeOf(off, true)).toBe('click-only');
    expect(badgeModeOf(off, false)).toBe('click-only');
  });

  it('registers nothing click-only, and the content script on the index’s outlets inline', () => {
    expect(badgeScriptsFor('click-only', ['reuters.com'])).toEqual([]);
    expect(badgeScriptsFor('inline', ['reuters.com'])).toEqual([
      {
        id: BADGE_ID,
        matches: ['*://*.reuters.com/*'],
        js: [BADGE_CONTENT_SCRIPT],
        runAt: 'document_idle',
      },
    ]);
  });
});

describe('syncBadgeScripts', () => {
  let fakes: ReturnType<typeof installFakeScripting>;
  let access: ReturnType<typeof installFakePermissions>;
  beforeEach(async () => {
    fakeBrowser.reset();
    await db.sourceIndex.clear();
    fakes = installFakeScripting();
    access = installFakePermissions();
  });

  it('is click-only by default: nothing registered, even with the host access', async () => {
    expect(await getBadgeSettings()).toEqual({ enabled: false, disabledSites: [] });
    await access.permissions.request({ origins: [...ALL_SITES] });
    expect(await syncBadgeScripts()).toMatchObject({ mode: 'click-only', patterns: 0 });
    expect(fakes.registered.size).toBe(0);
  });

  it('registers the bundled index’s outlets once turned on and granted, and only once', async () => {
    await access.permissions.request({ origins: [...ALL_SITES] });
    await setBadgeSettings({ enabled: true, disabledSites: [] });
    const first = await syncBadgeScripts();
    expect(first.mode).toBe('inline');
    expect(first.plan.register).toHaveLength(1);
    const matches = fakes.registered.get(BADGE_ID)?.matches ?? [];
    expect(matches).toContain('*://*.reuters.com/*');
    expect(matches).not.toContain('*://*.example-news.com/*');
    expect(first.patterns).toBe(matches.length);

    const again = await syncBadgeScripts();
    expect(again.plan).toEqual({ register: [], update: [], unregister: [] });
  });

  it('follows an index updated from the backend: its new outlet is matched', async () => {
    await access.permissions.request({ origins: [...ALL_SITES] });
    await setBadgeSettings({ enabled: true, disabledSites: [] });
    await syncBadgeScripts();
    await storeBackendIndex(oneOutletIndex(rating), {
      backendUrl: DEFAULT_BACKEND_URL,
      checkedAt: Date.now(),
    });
    const next = await syncBadgeScripts();
    expect(next.plan.update).toHaveLength(1);
    expect(fakes.registered.get(BADGE_ID)?.matches).toEqual(['*://*.example-news.com/*']);
  });

  it('unregisters when the access is revoked, and the setting then says off', async () => {
    await access.permissions.request({ origins: [...ALL_SITES] });
    await setBadgeSettings({ enabled: true, disabledSites: ['cnn.com'] });
    await syncBadgeScripts();
    expect(fakes.registered.has(BADGE_ID)).toBe(true);

    await access.revoke([...ALL_SITES]);
    expect(await reconcileBadgeSettings()).toBe(true);
    expect(await getBadgeSettings()).toEqual({ enabled: false, disabledSites: ['cnn.com'] });
    expect((await syncBadgeScripts()).mode).toBe('click-only');
    expect(fakes.registered.has(BADGE_ID)).toBe(false);
    expect(await reconcileBadgeSettings()).toBe(false);
  });

  it('leaves other features’ registered scripts alone', async () => {
    await fakes.scripting.registerContentScripts([
      { id: 'parallax-chips:search', matches: ['*://www.google.com/*'], js: ['chips.js'] },
    ]);
    await syncBadgeScripts();
    expect([...fakes.registered.keys()]).toEqual(['parallax-chips:search']);
  });
});
