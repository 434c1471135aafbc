import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { SCREENSHOT_DIR } from './extension-browser';
import { findFirefox } from './find-browser';

const ROOT = join(import.meta.dirname, '../../..');
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on's id from its manifest (browser_specific_settings.gecko.id). */
  addonId: string;
  /** moz-extension://<uuid>/path: the uuid is fixed before install, so tests know it. */
  extensionUrl(path: string): string;
  /** Opens an extension page in a tab of its own and waits for `selector` on it. */
  openExtensionPage(path: string, selector: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Debian's firefox-esr (headless), driven over WebDriver BiDi by puppeteer-core, with the built
 * MV2 add-on installed temporarily (BiDi webExtension.install, as about:debugging's "Load
 * Temporary Add-on" does). `hosts` resolve to loopback (network.dns.localDomains, Firefox's
 * counterpart of Chromium's --host-resolver-rules).
 */
export async function launchFirefoxWithExtension(
  hosts: string[],
  extensionDir = FIREFOX_EXTENSION_DIR,
): Promise<FirefoxWithExtension> {
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No built add-on at ${extensionDir}: run \`npx wxt build -b firefox\` first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const addonId = manifest.browser_specific_settings.gecko.id;
  // Firefox gives each install a random moz-extension:// uuid; this pref chooses it instead.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // The loopback news sites use a self-signed, test-only certificate.
    acceptInsecureCerts: true,
    // BiDi refuses to navigate a tab to a moz-extension:// page without it (Firefox's
    // isWebdriverSafeNavigationURL allows http(s), file, blob only); the tests open the popup,
    // options and story pages as tabs, as the Chromium tests do.
    args: ['--remote-allow-system-access', '--width=1200', '--height=800'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      'network.dns.localDomains': hosts.join(','),
      // browserAction.openPopup() needs a click in Firefox unless this is set: the tests open
      // the real toolbar popup from an extension page, as a click on the button would.
      'extensions.openPopupWithoutUserGesture.enabled': true,
      // permissions.request from Options (the inline badge's opt-in) grants without the
      // browser's doorhanger, which automation cannot click; the explanation before it and the
      // request itself run as they ship.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  const installed = await browser.installExtension(extensionDir);
  if (installed !== addonId) {
    throw new Error(`Installed add-on ${installed}, expected ${addonId} from the manifest.`);
  }
  const extensionUrl = (path: string) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`;
  return {
    browser,
    addonId,
    extensionUrl,
    openExtensionPage: async (path, selector) => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 800 });
      await gotoExtensionPage(page, extensionUrl(path), selector);
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * Navigates a tab to an extension page. The load moves the tab into Firefox's extension
 * process, and the navigation's load event does not reach BiDi from there (puppeteer's goto
 * would time out on a page that loaded): so the navigation is started, not awaited, and the
 * page counts as loaded when `selector` is on it.
 */
export async function gotoExtensionPage(page: Page, url: string, selector: string): Promise<void> {
  page.goto(url, { timeout: 0 }).catch(() => {
    // Settles only when the tab closes; what counts is the selector below.
  });
  await page.waitForFunction((href) => location.href === href, { timeout: 15_000 }, url);
  await page.waitForSelector(selector, { timeout: 20_000 });
}

/** Saves a screenshot beside the Chromium ones, named firefox-…: tests/e2e/.artifacts/screenshots/. */
export async function saveFirefoxScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `firefox-${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
