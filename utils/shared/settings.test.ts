import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  backendUrlItem,
  DEFAULT_BACKEND_URL,
  getBackendUrl,
  getLookupMode,
  lookupModeItem,
  setBackendUrl,
  setLookupMode,
} from './settings';

describe('backend URL setting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to the default when nothing is stored', async () => {
    expect(await getBackendUrl()).toBe(DEFAULT_BACKEND_URL);
  });

  it('stores a valid URL without its trailing slash', async () => {
    expect(await setBackendUrl(' https://parallax.example.org/ ')).toEqual({
      ok: true,
      value: 'https://parallax.example.org',
    });
    expect(await getBackendUrl()).toBe('https://parallax.example.org');
  });

  it('refuses to store anything but an absolute http(s) URL', async () => {
    for (const bad of ['parallax.example.org', 'ftp://x.org', 'javascript:alert(1)', '']) {
      const result = await setBackendUrl(bad);
      expect(result.ok).toBe(false);
    }
    expect(await getBackendUrl()).toBe(DEFAULT_BACKEND_URL);
  });

  it.each([
    ['a non-URL string', 'not a url'],
    ['a number', 42],
    ['an object', { url: 'https://x.org' }],
    ['a file URL', 'file:///etc/passwd'],
  ])('reads %s stored by someone else as the default', async (_name, value) => {
    await fakeBrowser.storage.local.set({ [backendUrlItem.key.replace('local:', '')]: value });
    expect(await getBackendUrl()).toBe(DEFAULT_BACKEND_URL);
  });
});

describe('lookup mode setting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is private unless the reader chose otherwise', async () => {
    expect(await getLookupMode()).toBe('private');
    await setLookupMode('full');
    expect(await getLookupMode()).toBe('full');
  });

  it.each([['everything'], [1], [null]])(
    'reads %j stored by someone else as private',
    async (value) => {
      await fakeBrowser.storage.local.set({ [lookupModeItem.key.replace('local:', '')]: value });
      expect(await getLookupMode()).toBe('private');
    },
  );
});

describe('badge settings', () => {
  it('keys sites by host without www., and matches subdomains', async () => {
    const { setBadgeSettings, getBadgeSettings, badgeAllowedOn, siteKey } = await import(
      './settings'
    );
    expect(siteKey('https://WWW.NYTimes.com/2024/x.html')).toBe('nytimes.com');
    await setBadgeSettings({ enabled: true, disabledSites: ['www.cnn.com', 'cnn.com'] });
    const settings = await getBadgeSettings();
    expect(settings.disabledSites).toEqual(['cnn.com']);
    expect(badgeAllowedOn(settings, 'edition.cnn.com')).toBe(false);
    expect(badgeAllowedOn(settings, 'www.reuters.com')).toBe(true);
    expect(badgeAllowedOn({ ...settings, enabled: false }, 'www.reuters.com')).toBe(false);
  });

  it('falls back to the defaults when storage holds garbage', async () => {
    const { badgeSettingsItem, getBadgeSettings, themeItem, getTheme } = await import('./settings');
    await badgeSettingsItem.setValue({ enabled: 'yes' });
    await themeItem.setValue('purple');
    expect(await getBadgeSettings()).toEqual({ enabled: false, disabledSites: [] });
    expect(await getTheme()).toBe('system');
  });
});

describe('badge settings from before the click-only default (v1)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The migration runs when the module defines the item: each test loads it afresh.
    vi.resetModules();
  });

  it('reads as off when the reader never chose (the default flipped to click-only)', async () => {
    const { getBadgeSettings } = await import('./settings');
    expect(await getBadgeSettings()).toEqual({ enabled: false, disabledSites: [] });
  });

  it('keeps a v1 reader’s own choice, sites included, and records v2', async () => {
    await fakeBrowser.storage.local.set({ badge: { enabled: true, disabledSites: ['cnn.com'] } });
    const { badgeSettingsItem, getBadgeSettings } = await import('./settings');
    expect(await getBadgeSettings()).toEqual({ enabled: true, disabledSites: ['cnn.com'] });
    expect(await badgeSettingsItem.getMeta()).toEqual({ v: 2 });
  });
});
