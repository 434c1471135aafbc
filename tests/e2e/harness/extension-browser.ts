import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { findChromium } from './find-browser';

const ROOT = join(import.meta.dirname, '../../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const SCREENSHOT_DIR = join(ROOT, 'tests/e2e/.artifacts/screenshots');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  background: Worker;
  close(): Promise<void>;
}

/**
 * Real Chromium (headless) with the built extension loaded. The background-networking flags
 * keep Chromium from calling home, which this machine's closed network refuses.
 */
export async function launchWithExtension(
  hostResolverRules: string,
  extensionDir = EXTENSION_DIR,
): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npx wxt build\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'parallax-e2e-profile-'));
  const loaded = withHostAccessGranted(extensionDir, profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1200, height: 800 },
    ignoreHTTPSErrors: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${loaded}`,
      `--load-extension=${loaded}`,
      `--host-resolver-rules=${hostResolverRules}`,
      // The loopback news sites use a self-signed, test-only certificate.
      '--ignore-certificate-errors',
    ],
  });
  const background =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(background.url()).host;
  return {
    context,
    extensionId,
    background,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A copy of the built extension whose manifest lists the optional host access as granted.
 * Chromium's own permission prompt is browser UI that no automation can click, and it has no
 * switch to accept it; with the access already granted, `permissions.request` resolves true at
 * once, as it does after a reader clicks Allow, so Options' flow, the run-time registration and
 * the popup's injection run exactly as they ship. (The real click-only grant, activeTab on a
 * toolbar click, cannot be given by automation either: this access stands in for it.) Only the
 * manifest differs; Firefox needs no copy (extensions.webextOptionalPermissionPrompts).
 */
export function withHostAccessGranted(extensionDir: string, workDir: string): string {
  const copy = join(workDir, 'extension-with-host-access');
  cpSync(extensionDir, copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    optional_host_permissions?: string[];
    host_permissions?: string[];
  };
  manifest.host_permissions = [
    ...new Set([
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
    ]),
  ];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return copy;
}

/** Saves a screenshot where a person can look at it: tests/e2e/.artifacts/screenshots/. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
