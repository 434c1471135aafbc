import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

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
