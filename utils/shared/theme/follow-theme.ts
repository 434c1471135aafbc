import { THEME_STORAGE_KEY } from './theme-key';
import { applyTheme, parseStoredTheme } from './theme-setting';

type ChangeListener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => void;

/**
 * What following the theme needs of the extension API: the polyfill's `browser` (Options,
 * story page, the inline badge's content script) and the browser's own (the popup, whose first
 * paint loads no polyfill) both have it.
 */
export interface ThemeStorage {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(listener: ChangeListener): void;
      removeListener(listener: ChangeListener): void;
    };
  };
}

/**
 * The one way any surface reads the reader's theme: applies the stored theme to `root` (an
 * extension page's <html>, or the badge's shadow host, which `:host` matches) and every change
 * made in Options while the surface is open. `storedTheme` is the read when the caller already
 * started it (the popup's early script). Resolves, once applied, with a function that stops
 * following.
 */
export async function followTheme(
  api: ThemeStorage,
  root: HTMLElement,
  storedTheme: Promise<unknown> = api.storage.local
    .get(THEME_STORAGE_KEY)
    .then((stored) => stored[THEME_STORAGE_KEY]),
): Promise<() => void> {
  let changed = false;
  const onChanged: ChangeListener = (changes, area) => {
    const change = changes[THEME_STORAGE_KEY];
    if (area !== 'local' || !change) return;
    changed = true;
    applyTheme(root, parseStoredTheme(change.newValue));
  };
  api.storage.onChanged.addListener(onChanged);
  const stored = await storedTheme.catch(() => undefined);
  // A change seen while reading is newer than what the read found.
  if (!changed) applyTheme(root, parseStoredTheme(stored));
  return () => api.storage.onChanged.removeListener(onChanged);
}
