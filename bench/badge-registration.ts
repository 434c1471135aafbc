// The inline badge's run-time registration (issue 12 item 2): what a sync costs in the background
// for an index of 5,000 and 15,000 outlets (patterns from the index, then the diff against what
// is registered), and what Chromium itself takes to register and update that many patterns.
// Ratios against a floor measured in the same run; never a test.
import { buildSourceIndex, indexEntries } from '../core/source-index';
import { launchWithExtension } from '../tests/e2e/harness/extension-browser';
import { badgeScriptsFor } from '../utils/background/badge-mode/badge-scripts';
import { domainMatchPatterns } from '../utils/background/content-registration/match-patterns';
import { planRegistration } from '../utils/background/content-registration/registration-plan';
import { meanMicros, printTable } from './measure';
import { syntheticSources } from './source-index';

function domainsOf(total: number): string[] {
  const index = buildSourceIndex(syntheticSources(total));
  return indexEntries(index).flatMap((entry) => entry.domains);
}

async function benchSync(total: number): Promise<void> {
  const index = buildSourceIndex(syntheticSources(total));
  const domains = domainsOf(total);
  const [wanted] = badgeScriptsFor('inline', domains);
  if (!wanted) throw new Error('no script for an inline index');
  const registered = [{ ...wanted, matches: [...wanted.matches].reverse() }];
  printTable(
    `Badge registration sync, ${index.sources.length} outlets (${wanted.matches.length} patterns)`,
    [
      {
        name: 'indexEntries (floor)',
        micros: await meanMicros(20, () => indexEntries(index)),
      },
      {
        name: 'domains + match patterns',
        micros: await meanMicros(20, () =>
          domainMatchPatterns(indexEntries(index).flatMap((entry) => entry.domains)),
        ),
        baseline: 'indexEntries (floor)',
      },
      {
        name: 'diff against the same registration',
        micros: await meanMicros(20, () =>
          planRegistration('parallax-badge:', registered, [wanted]),
        ),
        baseline: 'indexEntries (floor)',
      },
    ],
  );
}

/** Chromium's own cost: register, then update with one outlet more, then a read (the no-op sync). */
async function benchChromium(total: number): Promise<void> {
  const patterns = domainMatchPatterns(domainsOf(total)).patterns;
  const browser = await launchWithExtension('MAP example.invalid 127.0.0.1');
  try {
    const ms = await browser.background.evaluate(async (matches) => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          scripting: {
            registerContentScripts(s: object[]): Promise<void>;
            updateContentScripts(s: object[]): Promise<void>;
            getRegisteredContentScripts(): Promise<object[]>;
            unregisterContentScripts(f: object): Promise<void>;
          };
        };
      };
      const script = { id: 'bench:article', js: ['content-scripts/content.js'], matches };
      const t0 = performance.now();
      await chrome.scripting.registerContentScripts([script]);
      const t1 = performance.now();
      await chrome.scripting.updateContentScripts([
        { ...script, matches: [...matches, '*://one-more-outlet.example/*'] },
      ]);
      const t2 = performance.now();
      await chrome.scripting.getRegisteredContentScripts();
      const t3 = performance.now();
      await chrome.scripting.unregisterContentScripts({ ids: ['bench:article'] });
      return { register: t1 - t0, update: t2 - t1, read: t3 - t2 };
    }, patterns);
    console.log(
      `\nChromium scripting, ${patterns.length} patterns: register ${ms.register.toFixed(1)} ms, ` +
        `update ${ms.update.toFixed(1)} ms, getRegisteredContentScripts ${ms.read.toFixed(1)} ms`,
    );
  } finally {
    await browser.close();
  }
}

export async function benchBadgeRegistration(): Promise<void> {
  for (const total of [5000, 15000]) await benchSync(total);
  for (const total of [5000, 15000]) await benchChromium(total);
}
