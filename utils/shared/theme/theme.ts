import { getTheme, themeItem } from '../settings';
import { applyTheme } from './theme-setting';

export { applyTheme };

/** Applies the stored theme now and whenever it changes (e.g. from the Options page). */
export async function followTheme(root: HTMLElement = document.documentElement): Promise<void> {
  applyTheme(root, await getTheme());
  themeItem.watch(() => void getTheme().then((theme) => applyTheme(root, theme)));
}
