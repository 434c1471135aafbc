import { tabStateKey } from '../shared/tab-state-key';
import { THEME_STORAGE_KEY } from '../shared/theme/theme-key';
import type { PopupBrowser } from './native-browser';
import { resolveTabId } from './tab-id';

/**
 * The popup's questions to the browser, asked as early as possible: by popup-early.js, a tiny
 * classic script that runs while the popup's modules (zod, Preact, the components) are still
 * being fetched, compiled and evaluated. Storage reads are round trips to the browser process;
 * started there, they are answered by the time the popup's code can use them.
 *
 * The values are raw: the popup parses them with the core/ schemas when it takes them. This
 * module must stay free of zod and of the polyfill, or the early script would load them too.
 */
export interface PopupReads {
  tabId: Promise<number | null>;
  /** What storage.session holds for the tab (undefined when nothing, or no tab). */
  storedState: Promise<unknown>;
  /** What storage.local holds for the theme setting. */
  storedTheme: Promise<unknown>;
}

const HANDOFF = '__parallaxPopupReads';
type Handoff = { [HANDOFF]?: PopupReads };

export function startPopupReads(api: PopupBrowser, search: string): PopupReads {
  const tabId = resolveTabId(search, api);
  const storedState = tabId.then(async (id) => {
    if (id === null) return undefined;
    const key = tabStateKey(id);
    return (await api.storage.session.get(key))[key];
  });
  const storedTheme = api.storage.local
    .get(THEME_STORAGE_KEY)
    .then((stored) => stored[THEME_STORAGE_KEY]);
  // Whoever takes the reads handles failures; until then they must not count as unhandled.
  for (const read of [tabId, storedState, storedTheme]) read.catch(() => undefined);
  return { tabId, storedState, storedTheme };
}

/** The early script leaves its reads for the popup's main module on the page's global. */
export function leavePopupReads(reads: PopupReads, scope: object = globalThis): void {
  (scope as Handoff)[HANDOFF] = reads;
}

/** The reads the early script started, or new ones if it did not run (e.g. it failed to load). */
export function takePopupReads(
  api: PopupBrowser,
  search: string,
  scope: object = globalThis,
): PopupReads {
  const handoff = scope as Handoff;
  const reads = handoff[HANDOFF] ?? startPopupReads(api, search);
  delete handoff[HANDOFF];
  return reads;
}
