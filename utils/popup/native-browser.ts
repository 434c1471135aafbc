import type { WxtBrowser } from 'wxt/browser';

/** The few extension APIs the popup uses, all promise-returning in every MV3 browser. */
export interface PopupBrowser {
  storage: {
    session: PopupStorageArea;
    local: PopupStorageArea;
    onChanged: {
      addListener(listener: StorageChangeListener): void;
      removeListener(listener: StorageChangeListener): void;
    };
  };
  tabs: {
    query(query: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number }>>;
    create(properties: { url: string }): Promise<unknown>;
  };
}

type StorageChangeListener = (
  changes: Record<string, { newValue?: unknown }>,
  areaName: string,
) => void;

interface PopupStorageArea {
  get(key: string): Promise<Record<string, unknown>>;
}

/**
 * The browser's own extension API, without webextension-polyfill: Firefox's `browser`, or
 * Chromium's `chrome`, whose MV3 methods return promises too. The popup's first paint needs
 * only promise-returning calls (storage, tabs.query), so it need not load and set up the
 * polyfill first (the same choice as WXT's own `@wxt-dev/browser`). A type-only import keeps
 * the polyfill that `wxt/browser` resolves to out of the bundle.
 */
export function nativeBrowser(): PopupBrowser {
  const global = globalThis as { browser?: WxtBrowser; chrome?: WxtBrowser };
  const api = global.browser?.runtime?.id ? global.browser : global.chrome;
  if (!api) throw new Error('Parallax: no extension API here; open this page from the extension.');
  return api;
}
