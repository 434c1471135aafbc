import { parseStoredTheme, Theme } from '../../../core/settings';

/**
 * The extension pages' colour theme, apart from the rest of ../settings.ts on purpose: the popup
 * reads it for its first paint straight from storage.local (under THEME_STORAGE_KEY, see
 * theme-key.ts), without loading WXT storage, whose items each start a storage read as soon
 * as they are defined.
 */

export { parseStoredTheme, Theme };

/** Puts the reader's theme on an extension page's root; "system" leaves it to the media query. */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}
