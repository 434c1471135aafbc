import { siteReportText, unknownSiteOf } from '../../core/site-report';
import type { TabState } from '../../core/tab-state';
import { StateMessage } from '../shared/state-message';
import { CopyReport } from './copy-report';

/**
 * The popup on a site Parallax does not rate, named: which site the reader is on (its host,
 * and its own name where the page gives one), and whether it is a news outlet no rater covers
 * or not a news site at all. Either way it offers a report to copy; nothing is sent.
 */
export function UnknownSite({
  state,
  writeText,
}: {
  state: TabState;
  writeText?: (text: string) => Promise<void>;
}) {
  const site = unknownSiteOf(state);
  const news = site.kind === 'news-unrated';
  const title = news
    ? 'A news outlet no rater covers yet'
    : 'This doesn’t look like a news article';
  return (
    <StateMessage kind={news ? 'not-rated' : 'not-article'} title={title}>
      <div data-testid="unknown-site" data-kind={site.kind}>
        {site.name && (
          <p class="site-name" data-testid="site-name">
            {site.name}
            {site.via && <span class="source-card__via"> via {site.via}</span>}
          </p>
        )}
        {site.host && (
          <p class={site.name ? 'site-host' : 'site-name'} data-testid="site-host">
            {site.host}
          </p>
        )}
      </div>
      <p>
        {news
          ? 'Parallax found a news article here, but none of the raters in its index covers this outlet, so there is no rating to show and nothing was looked up or sent.'
          : 'Parallax found no news article on this page, so it shows no rating and sent nothing anywhere. On a news site, open an article.'}
      </p>
      <CopyReport text={siteReportText(site)} writeText={writeText} />
    </StateMessage>
  );
}
