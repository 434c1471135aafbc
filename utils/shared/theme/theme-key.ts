/**
 * The storage.local key of the theme setting (WXT's `local:theme` item in settings.ts). Alone
 * in a module without zod or WXT storage so that the popup's early script (popup-early.ts)
 * can read it before any other code loads.
 */
export const THEME_STORAGE_KEY = 'theme';
