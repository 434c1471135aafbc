import { storage } from 'wxt/utils/storage';
import {
  BackendUrl,
  BadgeMode,
  BadgeSettings,
  badgeAllowedOn,
  badgeModeOf,
  DEFAULT_BACKEND_URL,
  DEFAULT_BADGE_SETTINGS,
  LookupMode,
  parseStoredTheme,
  siteKey,
  Theme,
} from '../../core/settings';
import { THEME_STORAGE_KEY } from './theme/theme-key';

/**
 * Every stored setting lives here, with its default and version, and is validated when read:
 * storage can hold anything an older version, a sync conflict or a hand edit left behind.
 */

export const backendUrlItem = storage.defineItem<string>('local:backendUrl', {
  fallback: DEFAULT_BACKEND_URL,
  version: 1,
});

/** The backend's base URL; the default when nothing valid is stored. */
export async function getBackendUrl(): Promise<string> {
  const parsed = BackendUrl.safeParse(await backendUrlItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_BACKEND_URL;
}

/** Validates and stores the backend URL; returns the stored form or a message for a person. */
export async function setBackendUrl(
  input: string,
): Promise<{ ok: true; value: string } | { ok: false; error: string }> {
  const parsed = BackendUrl.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: parsed.error.issues[0]?.message ?? 'Invalid address.' };
  }
  await backendUrlItem.setValue(parsed.data);
  return { ok: true, value: parsed.data };
}

/**
 * How the background asks about an article. `private` (the default) sends only a short prefix
 * of the canonical URL's hash (core/url-hash.ts); `full` sends the URL and headline.
 */

export const lookupModeItem = storage.defineItem<string>('local:lookupMode', {
  fallback: 'private',
  version: 1,
});

/** The lookup mode; private when nothing valid is stored. */
export async function getLookupMode(): Promise<LookupMode> {
  const parsed = LookupMode.safeParse(await lookupModeItem.getValue());
  return parsed.success ? parsed.data : 'private';
}

export async function setLookupMode(mode: LookupMode): Promise<void> {
  await lookupModeItem.setValue(LookupMode.parse(mode));
}

/** The extension pages' colours: the schema lives in theme-setting.ts (the popup reads it alone). */
export {
  BackendUrl,
  BadgeMode,
  BadgeSettings,
  badgeAllowedOn,
  badgeModeOf,
  DEFAULT_BACKEND_URL,
  DEFAULT_BADGE_SETTINGS,
  LookupMode,
  siteKey,
  Theme,
};

export const themeItem = storage.defineItem<string>(`local:${THEME_STORAGE_KEY}`, {
  fallback: 'system',
  version: 1,
});

export async function getTheme(): Promise<Theme> {
  return parseStoredTheme(await themeItem.getValue());
}

export async function setTheme(theme: Theme): Promise<void> {
  await themeItem.setValue(Theme.parse(theme));
}

/**
 * v2: the badge became opt-in (click-only by default), so the default flipped to off. Nothing
 * stored (a reader who never changed it) now reads as off. A stored v1 value was the reader's
 * own choice and is kept as it was: someone who had the badge on keeps it on while the browser
 * grants the host access; the background turns it off when it does not (reconcileBadgeSettings
 * in utils/background/inline-badge-scripts.ts), since v1 had that access only through the
 * manifest's static content scripts.
 */
export const badgeSettingsItem = storage.defineItem<unknown>('local:badge', {
  fallback: DEFAULT_BADGE_SETTINGS,
  version: 2,
  migrations: { 2: (stored: unknown) => stored },
});

export async function getBadgeSettings(): Promise<BadgeSettings> {
  const parsed = BadgeSettings.safeParse(await badgeSettingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_BADGE_SETTINGS;
}

export async function setBadgeSettings(settings: BadgeSettings): Promise<void> {
  const clean = BadgeSettings.parse({
    ...settings,
    disabledSites: [...new Set(settings.disabledSites.map(siteKey).filter(Boolean))].sort(),
  });
  await badgeSettingsItem.setValue(clean);
}
