import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectArticle } from '../../core/detect/detect-article';
import { canonicalizeUrl } from '../../core/url';
import {
  detectLabelledPages,
  FIELD_FLOORS,
  formatScores,
  scoreDetection,
} from '../detect/evaluate-detection';
import { readPageExpectations } from '../detect/page-expectations';
import { withHtmlDocument } from '../detect/parse-html';
import { UserFacingError } from '../errors';
import { loadOutletIndex, matchOutlet } from './detect-outlet';

const ROOT = join(import.meta.dirname, '../..');

/**
 * `parallax detect FILE.html [--url URL] [--index FILE]`: the detector's verdict on a saved page
 * and the outlet the extension would show for it, as JSON (`detection`, `match`); the match's
 * one-line summary goes to stderr too, for a person reading along.
 */
export async function detectCommand(
  file: string,
  options: { url?: string; index?: string },
): Promise<void> {
  if (!existsSync(file))
    throw new UserFacingError(`${file} does not exist: give a saved HTML page.`);
  // Without --url the page is read as the file it is; its canonical link still wins.
  const pageUrl = options.url ?? pathToFileURL(resolve(file)).href;
  if (options.url && !URL.canParse(options.url)) {
    throw new UserFacingError(
      `--url ${options.url} is not a URL; give the page's address, e.g. https://example.com/a`,
    );
  }
  const html = readFileSync(file, 'utf8');
  const detection = await withHtmlDocument(html, pageUrl, (doc) =>
    detectArticle(doc, pageUrl, canonicalizeUrl),
  );
  // The outlet comes from the address the page is read at, as in the browser; a file has
  // none, so there the article's own address (its canonical link) stands in for it.
  const address = options.url ?? (detection.isArticle ? detection.article.url : pageUrl);
  const match = matchOutlet(detection, address, await loadOutletIndex(options.index));
  console.log(JSON.stringify({ detection, match }, null, 2));
  console.error(`Outlet: ${match.summary} (index: ${match.index})`);
}

/** `parallax eval detection`: per-field accuracy on the labelled real pages. */
export async function evalDetectionCommand(options: { pages?: string }): Promise<void> {
  const pagesDir = options.pages ?? join(ROOT, '../shared/data/pages');
  if (!existsSync(pagesDir)) {
    throw new UserFacingError(
      `No real pages at ${pagesDir}: put ../shared/data beside the project or pass --pages DIR.`,
    );
  }
  const expectations = readPageExpectations(join(ROOT, 'tests/real-data/page-expectations.json'));
  const results = await detectLabelledPages(pagesDir, expectations);
  const scores = scoreDetection(results, expectations.pageUrl);
  console.log(`Article detection on ${results.length} real pages (${pagesDir})\n`);
  console.log(formatScores(scores));
  if (scores.some((s) => s.correct / s.total < FIELD_FLOORS[s.field])) process.exitCode = 1;
}
