import type { WireWindowPart } from '../store/wire-window';
import type { WireDetector } from './wire-detector';

/**
 * Before a run (ingest, import, serve's poller): the window of the wire detector filled with the
 * newest stored articles, so that a copy arriving in this run is found to copy an article stored
 * by an earlier one. Reads only; yields to the event loop between chunks.
 */
export async function seedWireDetector(
  detector: WireDetector,
  window: WireWindowPart,
  options: { chunk?: number } = {},
): Promise<{ articles: number; millis: number }> {
  const started = Date.now();
  const { chunk = 2000 } = options;
  const articles = await window.recent(detector.options.capacity);
  for (let i = 0; i < articles.length; i += chunk) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    detector.seed(articles.slice(i, i + chunk));
  }
  return { articles: articles.length, millis: Date.now() - started };
}
