import {
  siteReportText,
  type UnknownSite as UnknownSiteInfo,
  unknownSiteOf,
} from '../../core/site-report';
import type { TabState } from '../../core/tab-state';
import { type StateKind, StateMessage } from '../shared/state-message';
import { CopyReport } from './copy-report';

const WORDS: Record<UnknownSiteInfo['kind'], { title: string; kind: StateKind; text: string }> = {
  'news-unrated': {
    title: 'A news outlet no rater covers yet',
    kind: 'not-rated',
    text: 'Parallax found a news article here, but none of the raters in its index covers this outlet, so there is no rating to show and nothing was looked up or sent.',
  },
  'not-news': {
    title: 'This doesn’t look like a news article',
    kind: 'not-article',
    text: 'Parallax found no news article on this page, so it shows no rating and sent nothing anywhere. On a news site, open an article.',
  },
  unchecked: {
    title: 'Parallax couldn’t read this page',
    kind: 'unknown-outlet',
    text: 'This site is not in Parallax’s index of rated outlets, and the page could not be read, so Parallax cannot say whether it is a news article. Nothing was sent anywhere.',
  },
};

/**
 * The popup on a site Parallax does not rate, named: which site the reader is on (its host,
 * and its own name where the page gives one), and whether it is a news outlet no rater covers
 * or not a news site at all, or (a site outside the index, which nothing reads) neither. Either way it offers a report to copy; nothing is sent.
 */
export function UnknownSite({
  state,
  writeText,
}: {
  state: TabState;
  writeText?: (text: string) => Promise<void>;
}) {
  const site = unknownSiteOf(state);
  const { title, kind, text } = WORDS[site.kind];
  return (
    <StateMessage kind={kind} title={title}>
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
      <p>{text}</p>
      {site.kind === 'unchecked' && state.message && (
        <p class="meta" data-testid="unknown-site-problem">
          {state.message}
        </p>
      )}
      <CopyReport text={siteReportText(site)} writeText={writeText} />
    </StateMessage>
  );
}
