import type { ExtensionRequest } from '../../core/messages';

type InspectRequest = Extract<ExtensionRequest, { type: 'popup:inspect-tab' }>;
interface RuntimeApi {
  runtime?: { id?: string; sendMessage(message: unknown): Promise<unknown> };
}

/**
 * The popup's first words to the background, from its early script (entrypoints/popup-early.ts):
 * "detect the article in this tab". In click-only mode nothing ran on the page, and the
 * toolbar click that opened the popup granted activeTab for it, so the background can run the
 * detection there now (utils/background/inspect-tab.ts); the answer reaches the popup through
 * the tab-state channel like any other. The browser's own API, not the polyfill, and no zod:
 * the early script must stay tiny (tests/unit/popup-first-paint-imports.test.ts).
 */
export function requestTabInspection(tabId: Promise<number | null>, scope: object = globalThis) {
  const global = scope as { browser?: RuntimeApi; chrome?: RuntimeApi };
  const api = global.browser?.runtime?.id ? global.browser : global.chrome;
  tabId
    .then((id) => {
      if (id === null || !api?.runtime) return;
      const request: InspectRequest = { type: 'popup:inspect-tab', tabId: id };
      return api.runtime.sendMessage(request);
    })
    .catch(() => {
      // Nothing to show for it: the popup still follows whatever state the tab has.
    });
}
