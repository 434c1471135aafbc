import { THEME_STORAGE_KEY } from '../shared/theme/theme-key';
import { applyTheme, parseStoredTheme } from '../shared/theme/theme-setting';
import type { PopupBrowser } from './native-browser';

/**
 * The popup's version of pages/theme.ts's followTheme, on the browser's own storage API: the
 * same stored value and schema, without loading WXT storage before the first paint. Applies
 * the theme read early (see early-reads.ts), then every change (e.g. from the Options page)
 * while the popup is open.
 */
export async function followStoredTheme(
  api: Pick<PopupBrowser, 'storage'>,
  storedTheme: Promise<unknown>,
  root: HTMLElement = document.documentElement,
): Promise<void> {
  let changed = false;
  api.storage.onChanged.addListener((changes, area) => {
    const change = changes[THEME_STORAGE_KEY];
    if (area !== 'local' || !change) return;
    changed = true;
    applyTheme(root, parseStoredTheme(change.newValue));
  });
  const stored = await storedTheme.catch(() => undefined);
  // A change seen while reading is newer than what the read found.
  if (!changed) applyTheme(root, parseStoredTheme(stored));
}
