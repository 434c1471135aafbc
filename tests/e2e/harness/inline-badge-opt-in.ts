import { type ExtensionBrowser, saveScreenshot } from './extension-browser';

/** The id the background registers the badge's content script under (badge-mode/badge-scripts.ts). */
export const BADGE_SCRIPT_ID = 'parallax-badge:article';

interface ChromeScripting {
  scripting: {
    getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>>;
  };
}

/** The match patterns of the badge's registered content script, as the browser holds them. */
export async function registeredBadgeMatches(browser: ExtensionBrowser): Promise<string[] | null> {
  return browser.background.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeScripting };
    const scripts = await chrome.scripting.getRegisteredContentScripts();
    return scripts.find((script) => script.id === id)?.matches ?? null;
  }, BADGE_SCRIPT_ID);
}

/** Polls until `check` holds for the badge's registered matches; says what it saw otherwise. */
export async function waitForBadgeMatches(
  browser: ExtensionBrowser,
  check: (matches: string[] | null) => boolean,
  what: string,
): Promise<string[] | null> {
  const deadline = Date.now() + 15_000;
  let matches: string[] | null = null;
  while (Date.now() < deadline) {
    matches = await registeredBadgeMatches(browser);
    if (check(matches)) return matches;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `The badge's content script never got ${what}: registered ${matches ? `${matches.length} patterns` : 'none'}.`,
  );
}

/**
 * Turns the inline badge on the way a reader does (click-only is the default): Options → "Show
 * the badge on articles…" → the explanation → "Continue to the browser's prompt" (granted at once
 * in the e2e build, see withHostAccessGranted), then waits until the background has registered
 * the content script. Tests that expect the badge on page load call this first
 * (startE2eWorld's `inlineBadge`). `screenshot` names a picture of the explanation.
 */
export async function turnOnInlineBadge(
  browser: ExtensionBrowser,
  { screenshot }: { screenshot?: string } = {},
): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByTestId('badge-turn-on').click();
  const explanation = options.getByTestId('badge-explanation');
  await explanation.waitFor();
  if (screenshot) {
    await explanation.scrollIntoViewIfNeeded();
    await saveScreenshot(options, screenshot);
  }
  await options.getByTestId('badge-allow').click();
  await options.locator('[data-testid="badge-mode"][data-mode="inline"]').waitFor();
  await options.close();
  await waitForBadgeMatches(browser, (matches) => (matches?.length ?? 0) > 0, 'registered');
}
