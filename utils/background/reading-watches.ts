import { browser } from 'wxt/browser';
import { ReadingWatch } from '../../core/reading-watch';

/**
 * Where the reading recorder keeps its reads in progress (core/reading-watch.ts): one
 * storage.session key per tab. storage.session outlives the service worker and is emptied
 * when the browser closes, like the tabs it describes. Every read is parsed; a value that no
 * longer parses is a watch lost, never a wrong read.
 */
const PREFIX = 'readingWatch:';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

export async function readWatch(tabId: number): Promise<ReadingWatch | null> {
  const key = keyOf(tabId);
  const parsed = ReadingWatch.safeParse((await browser.storage.session.get(key))[key]);
  return parsed.success ? parsed.data : null;
}

export async function listWatches(): Promise<ReadingWatch[]> {
  const stored = await browser.storage.session.get(null);
  return Object.entries(stored).flatMap(([key, value]) => {
    if (!key.startsWith(PREFIX)) return [];
    const parsed = ReadingWatch.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function saveWatch(watch: ReadingWatch): Promise<void> {
  const parsed = ReadingWatch.parse(watch);
  await browser.storage.session.set({ [keyOf(parsed.tabId)]: parsed });
}

export async function removeWatch(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
