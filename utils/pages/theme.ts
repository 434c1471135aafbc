import { getTheme, type Theme, themeItem } from '../settings';

/** Puts the reader's theme on an extension page's root; "system" leaves it to the media query. */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}

/** Applies the stored theme now and whenever it changes (e.g. from the Options page). */
export async function followTheme(root: HTMLElement = document.documentElement): Promise<void> {
  applyTheme(root, await getTheme());
  themeItem.watch(() => void getTheme().then((theme) => applyTheme(root, theme)));
}
