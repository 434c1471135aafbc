import { type ExtensionBrowser, saveScreenshot } from './extension-browser';

interface ChromeSessionStorage {
  storage: { session: { get(keys: null): Promise<Record<string, { pageUrl?: string | null }>> } };
}

/** Sets the backend address the way a person would: through the options page. */
export async function setBackendUrl(browser: ExtensionBrowser, backendUrl: string): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByTestId('backend-url').fill(backendUrl);
  await options.getByTestId('save').click();
  await options.getByTestId('options-status').getByText(/saved/i).waitFor({ timeout: 10_000 });
  await saveScreenshot(options, 'options-saved');
  await options.close();
}

/**
 * The id of the tab showing `url`, read from the background's own per-tab state (`tab:<id>`
 * in storage.session) once the content script has reported the page. The popup normally finds
 * the active tab; the tests open it in a tab of its own and pass the article's tab id instead.
 */
export async function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  const deadline = Date.now() + 15_000;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    const states = await browser.background.evaluate(async () => {
      // Runs in the extension's service worker, where `chrome` is the extension API.
      const { chrome } = globalThis as unknown as { chrome: ChromeSessionStorage };
      return chrome.storage.session.get(null);
    });
    seen = Object.entries(states).map(([key, state]) => `${key} → ${state.pageUrl}`);
    for (const [key, state] of Object.entries(states)) {
      if (key.startsWith('tab:') && state.pageUrl === url) return Number(key.slice(4));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `The extension never reported a tab showing ${url}; it knows of: ${seen.join(', ') || 'none'}`,
  );
}

/** The parts of a tab's state (core/tab-state.ts) the tests read. */
interface TabEntry {
  pageUrl?: string | null;
  phase?: string;
  detected?: { url: string; title: string } | null;
  story?: { id: string } | null;
}

/** What the background currently says about a tab (its `tab:<id>` entry in storage.session). */
export async function readTabState(
  browser: ExtensionBrowser,
  tabId: number,
): Promise<TabEntry | null> {
  const key = `tab:${tabId}`;
  return browser.background.evaluate(async (key) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    const entry = (await chrome.storage.session.get(key))[key];
    return (entry ?? null) as TabEntry | null;
  }, key);
}
