import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { THEME_STORAGE_KEY } from './theme/theme-key';
import { parseStoredTheme, Theme } from './theme/theme-setting';

/**
 * Every stored setting lives here, with its default and version, and is validated when read:
 * storage can hold anything an older version, a sync conflict or a hand edit left behind.
 */

export const DEFAULT_BACKEND_URL = 'http://127.0.0.1:8787';

/** An absolute http(s) URL, kept without a trailing slash so paths can be appended. */
export const BackendUrl = z
  .string()
  .trim()
  .pipe(
    z.url({
      protocol: /^https?$/,
      error: 'Enter a full address starting with http:// or https://, e.g. http://127.0.0.1:8787',
    }),
  )
  .transform((url) => url.replace(/\/+$/, ''));

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
export const LookupMode = z.enum(['private', 'full']);
export type LookupMode = z.infer<typeof LookupMode>;

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
export { Theme };

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
 * The inline badge on article pages: on everywhere by default, with the sites the reader
 * turned it off for (registrable hosts, lower case, without `www.`).
 */
export const BadgeSettings = z.object({
  enabled: z.boolean(),
  disabledSites: z.array(z.string().min(1).max(253)).max(5000),
});
export type BadgeSettings = z.infer<typeof BadgeSettings>;
export const DEFAULT_BADGE_SETTINGS: BadgeSettings = { enabled: true, disabledSites: [] };

export const badgeSettingsItem = storage.defineItem<unknown>('local:badge', {
  fallback: DEFAULT_BADGE_SETTINGS,
  version: 1,
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

/** The key a site is listed under: the host, lower case, without a leading `www.`. */
export function siteKey(hostOrUrl: string): string {
  let host = hostOrUrl.trim().toLowerCase();
  try {
    if (host.includes('/'))
      host = new URL(host.includes('://') ? host : `https://${host}`).hostname;
  } catch {
    return '';
  }
  return host.replace(/^www\./, '').replace(/\.$/, '');
}

/** Whether the badge shows on a page of this host. */
export function badgeAllowedOn(settings: BadgeSettings, host: string): boolean {
  if (!settings.enabled) return false;
  const key = siteKey(host);
  return !settings.disabledSites.some((site) => key === site || key.endsWith(`.${site}`));
}
