import { z } from 'zod';

/**
 * The shapes of the extension's stored settings, apart from how they are stored
 * (utils/shared/settings.ts): the Options UI validates with them and needs no storage code.
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

export const LookupMode = z.enum(['private', 'full']);
export type LookupMode = z.infer<typeof LookupMode>;

/**
 * The inline badge on article pages: `enabled` is the reader's opt-in (off by default: until the
 * reader turns it on, and grants the host access it needs, Parallax is click-only), with the
 * sites the reader turned it off for (registrable hosts, lower case, without `www.`).
 */
export const BadgeSettings = z.object({
  enabled: z.boolean(),
  disabledSites: z.array(z.string().min(1).max(253)).max(5000),
});
export type BadgeSettings = z.infer<typeof BadgeSettings>;
export const DEFAULT_BADGE_SETTINGS: BadgeSettings = { enabled: false, disabledSites: [] };

/**
 * How Parallax reaches a page. `inline`: the content script is registered for every outlet of
 * the index and the badge shows on their articles. `click-only`: nothing runs on any page until
 * the reader clicks the toolbar button, which detects the article in that one tab (activeTab).
 */
export const BadgeMode = z.enum(['inline', 'click-only']);
export type BadgeMode = z.infer<typeof BadgeMode>;

/** The mode in force: inline needs both the reader's opt-in and the host access it grants. */
export function badgeModeOf(settings: BadgeSettings, hostAccess: boolean): BadgeMode {
  return settings.enabled && hostAccess ? 'inline' : 'click-only';
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

/** Follow the system (the default), or always light or dark. */
export const Theme = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof Theme>;

/** The stored theme, or "system" when nothing valid is stored. */
export function parseStoredTheme(stored: unknown): Theme {
  const parsed = Theme.safeParse(stored);
  return parsed.success ? parsed.data : 'system';
}
