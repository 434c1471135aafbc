import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * The browser the end-to-end tests drive, found the way a contributor's machine has one:
 * PARALLAX_CHROMIUM first, then Playwright's own downloaded Chromium, then the system's.
 */
export function findChromium(): string {
  const explicit = process.env.PARALLAX_CHROMIUM;
  if (explicit) {
    if (existsSync(explicit)) return explicit;
    throw new Error(`PARALLAX_CHROMIUM points at ${explicit}, which does not exist.`);
  }
  try {
    const downloaded = chromium.executablePath();
    if (downloaded && existsSync(downloaded)) return downloaded;
  } catch {
    // playwright-core knows no downloaded browser: fall through to the system's.
  }
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return system;
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: ' +
      '`apt-get install -y chromium`; elsewhere: `npx playwright install chromium`) or set ' +
      'PARALLAX_CHROMIUM to the browser executable.',
  );
}

const SYSTEM_FIREFOXES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/**
 * The Firefox the Firefox end-to-end tests drive over WebDriver BiDi (no geckodriver, no
 * download): PARALLAX_FIREFOX first, then the system's (Debian: `apt-get install firefox-esr`).
 */
export function findFirefox(): string {
  const explicit = process.env.PARALLAX_FIREFOX;
  if (explicit) {
    if (existsSync(explicit)) return explicit;
    throw new Error(`PARALLAX_FIREFOX points at ${explicit}, which does not exist.`);
  }
  const system = SYSTEM_FIREFOXES.find((path) => existsSync(path));
  if (system) return system;
  throw new Error(
    'No Firefox found for the Firefox end-to-end tests. Install one (Debian/Ubuntu: ' +
      '`apt-get install -y firefox-esr`) or set PARALLAX_FIREFOX to the browser executable.',
  );
}
