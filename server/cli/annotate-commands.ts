import { existsSync, readFileSync } from 'node:fs';
import { bundledSources } from '../../core/bundled-catalog';
import { ADAPTERS } from '../../core/link-chips/adapters';
import { annotatePage } from '../../core/link-chips/annotate-page';
import { buildSourceIndex } from '../../core/source-index';
import { SourceIndexMatcher } from '../../core/source-index-match';
import { withHtmlDocument } from '../detect/parse-html';
import { UserFacingError } from '../errors';

/**
 * `parallax annotate FILE.html --url URL`: the links the site adapter for URL would put a bias
 * chip beside on the saved page, as JSON, matched against the index the extension bundles.
 */
export async function annotateCommand(file: string, options: { url: string }): Promise<void> {
  if (!existsSync(file)) {
    throw new UserFacingError(`${file} does not exist: give a saved HTML page.`);
  }
  if (!URL.canParse(options.url)) {
    throw new UserFacingError(
      `--url ${options.url} is not a URL; give the address the page was saved from, e.g. https://www.google.com/search?q=news`,
    );
  }
  const matcher = new SourceIndexMatcher(buildSourceIndex(bundledSources));
  const html = readFileSync(file, 'utf8');
  const result = await withHtmlDocument(html, options.url, (doc) =>
    annotatePage(doc, options.url, (url) => matcher.match(url)),
  );
  if (!result) {
    const hosts = ADAPTERS.map((adapter) => adapter.id).join(', ');
    throw new UserFacingError(
      `No site adapter reads ${options.url}. Adapters: ${hosts}; give the page's real address with --url.`,
    );
  }
  console.log(JSON.stringify({ page: options.url, ...result }, null, 2));
}
