import type { StoryArticle } from '../../core/article';
import type { TabState } from '../../core/messages';
import { isRated } from '../../core/reliability-reading';
import { siteReportText, unknownSiteOf } from '../../core/site-report';
import { LoadingSkeleton } from '../shared/loading-skeleton';
import { RelatedArticles } from '../shared/related-articles';
import { displayName, SourceCard } from '../shared/source-card';
import { StateMessage } from '../shared/state-message';
import { OverviewDisclosure, StoryCard } from '../shared/story-card';
import { CopyReport } from './copy-report';
import { UnknownSite } from './unknown-site';

export interface PopupViewProps {
  /** null until the background first answers. */
  state: TabState | null;
  /** Set when asking the background itself failed. */
  failure?: string | null;
  retrying?: boolean;
  onRetry?: () => void;
  /** Opens the story page for a story id in a tab. */
  onOpenStory?: (storyId: string) => void;
  /** "Now" for the related articles' "how long ago" (tests pin it). */
  now?: number;
  /** Puts the "Copy a report" text on the clipboard (tests pass a fake). */
  writeText?: (text: string) => Promise<void>;
}

function RetryButton(props: { onRetry?: () => void; retrying?: boolean }) {
  return (
    <button
      type="button"
      class="button"
      data-testid="retry-button"
      onClick={props.onRetry}
      disabled={props.retrying}
    >
      {props.retrying ? 'Retrying…' : 'Retry'}
    </button>
  );
}

/** Articles per side in the popup's "All" view: one side's filter lists all the preview has. */
const POPUP_ARTICLES_PER_SIDE = 1;

/**
 * The preview's articles with the reader's own among them: the preview carries only the newest
 * few per side, so when the article being read is not one of them it is added from what the
 * page said, to be shown (and counted) in its outlet's group as "You're reading this".
 */
function withReading(state: TabState): StoryArticle[] {
  const articles = state.story?.articles ?? [];
  const detected = state.detected;
  if (!detected || !state.source) return articles;
  const isReading = (article: StoryArticle) =>
    (state.articleId !== null && article.id === state.articleId) || article.url === detected.url;
  // The page says what kind it is even when the backend's copy does not (stored before kinds).
  const kind = detected.type && detected.type !== 'news' ? { kind: detected.type } : {};
  if (articles.some(isReading)) {
    return articles.map((article) =>
      !article.kind && isReading(article) ? { ...article, ...kind } : article,
    );
  }
  const { id, position } = state.source;
  // Read on a portal: "Business Insider via MSN", as the source card says.
  const own = displayName(state.source, state.siteName);
  const name = state.via ? `${own} via ${state.via.name}` : own;
  const reading: StoryArticle = {
    id: state.articleId ?? `reading:${detected.url}`,
    url: detected.url,
    title: detected.title,
    outlet: name,
    sourceId: id,
    publishedAt: detected.publishedAt,
    storyId: state.story?.id ?? null,
    source: { id, name, position },
    ...kind,
  };
  return [reading, ...articles];
}

/** What the story part of the popup shows for each phase. */
function StoryPart({
  state,
  retrying,
  onRetry,
  onOpenStory,
  now,
}: PopupViewProps & { state: TabState }) {
  switch (state.phase) {
    case 'loading':
      return <LoadingSkeleton />;
    case 'backend-unreachable':
    case 'backend-error':
      return (
        <StateMessage
          kind={state.phase}
          tone="problem"
          title={
            state.phase === 'backend-unreachable'
              ? 'Story coverage is unavailable'
              : 'The Parallax backend ran into a problem'
          }
        >
          <p>{state.message}</p>
          <RetryButton onRetry={onRetry} retrying={retrying} />
        </StateMessage>
      );
    case 'ready': {
      if (!state.story) {
        return (
          <StateMessage
            kind="no-story"
            title="No other outlets' coverage found for this article yet"
          >
            <p>Parallax groups articles into stories as outlets publish them. Check back later.</p>
          </StateMessage>
        );
      }
      const storyId = state.story.id;
      return (
        <>
          <StoryCard
            story={state.story}
            compact
            onOpenStory={onOpenStory ? () => onOpenStory(storyId) : undefined}
          />
          <RelatedArticles
            articles={withReading(state)}
            coverage={state.story.coverage}
            readingId={state.articleId ?? null}
            readingUrl={state.detected?.url ?? null}
            perSide={POPUP_ARTICLES_PER_SIDE}
            now={now}
          />
          <OverviewDisclosure story={state.story} />
        </>
      );
    }
    default:
      return null;
  }
}

/** The whole popup for one tab state: pure, so every state can be rendered and tested alone. */
export function PopupView(props: PopupViewProps) {
  const { state, failure } = props;
  if (failure) {
    return (
      <StateMessage kind="backend-error" tone="problem" title="Parallax could not load this tab">
        <p>{failure}</p>
      </StateMessage>
    );
  }
  if (!state) return <LoadingSkeleton />;
  // No page read (a browser page, or the tab not yet inspected): there is no site to name.
  if (!state.source && !state.pageUrl) {
    return (
      <StateMessage kind="unknown-outlet" title="Parallax has not read this page">
        <p>
          Parallax rates news outlets from its index. Nothing about this tab was looked up or sent
          anywhere.
        </p>
      </StateMessage>
    );
  }
  // The page is being read (the toolbar click's detection): its verdict decides what to call
  // the site. A page that could not be read says why (state.message).
  const unread = !state.source && unknownSiteOf(state).kind === 'unchecked' && !state.message;
  if (!state.source && (state.phase === 'loading' || unread)) return <LoadingSkeleton />;
  if (!state.source) return <UnknownSite state={state} writeText={props.writeText} />;
  return (
    <>
      <SourceCard
        source={state.source}
        via={state.via}
        siteName={state.siteName}
        kind={state.detected?.type}
      />
      {/* In the index, but no rater covers it yet: the reader can suggest it all the same. */}
      {!isRated(state.source) && (
        <CopyReport text={siteReportText(unknownSiteOf(state))} writeText={props.writeText} />
      )}
      {state.phase === 'not-article' ? (
        <StateMessage kind="not-article" title="This page isn't a news article">
          <p>
            Open an article on {displayName(state.source, state.siteName)} to see how other outlets
            cover its story.
          </p>
        </StateMessage>
      ) : (
        // Not rated is said once, in the source card: a second message here repeated it.
        <StoryPart {...props} state={state} />
      )}
    </>
  );
}
