import { browser } from 'wxt/browser';

/**
 * The host access Parallax asks for when the reader turns the inline badge on: every site,
 * because the index (and so the list of outlets) changes at run time and a new request would
 * need the reader's click each time. What actually runs where is decided by the registered
 * content scripts (utils/background/content-registration/), which list only the index's outlets.
 * Declared as optional in the manifest (wxt.config.ts), so nothing is granted at install.
 */
export const ALL_SITES: readonly string[] = ['*://*/*'];

/** Whether the browser grants `origins` now (false where the API is missing: a content script). */
export async function hasHostAccess(origins: readonly string[] = ALL_SITES): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [...origins] });
  } catch {
    return false;
  }
}

/**
 * Shows the browser's own prompt. Must be called straight from the reader's click, before any
 * `await` (Firefox accepts the request only while it handles the user's input). Resolves with
 * whether the access is granted; a refusal resolves false, it does not throw.
 */
export function requestHostAccess(origins: readonly string[] = ALL_SITES): Promise<boolean> {
  return browser.permissions.request({ origins: [...origins] });
}

/** Gives the access back (Options' "Turn off": no access kept that nothing uses). */
export function removeHostAccess(origins: readonly string[] = ALL_SITES): Promise<boolean> {
  return browser.permissions.remove({ origins: [...origins] });
}

/**
 * Calls `listener` with the current answer of hasHostAccess(origins) whenever the browser adds
 * or removes host permissions (the reader in the browser's extension settings, or a request or
 * removal here). Returns the function that stops listening.
 */
export function onHostAccessChanged(
  listener: (granted: boolean) => void,
  origins: readonly string[] = ALL_SITES,
): () => void {
  const onChange = (change: { origins?: string[] }) => {
    if (!change.origins?.length) return;
    void hasHostAccess(origins).then(listener);
  };
  browser.permissions.onAdded.addListener(onChange);
  browser.permissions.onRemoved.addListener(onChange);
  return () => {
    browser.permissions.onAdded.removeListener(onChange);
    browser.permissions.onRemoved.removeListener(onChange);
  };
}
