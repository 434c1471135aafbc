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

const ROOT = join(import.meta.dirname, '../..');

/** `parallax detect FILE.html [--url URL]`: the detector's verdict on a saved page, as JSON. */
export async function detectCommand(file: string, options: { url?: string }): Promise<void> {
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
  console.log(JSON.stringify(detection, null, 2));
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
