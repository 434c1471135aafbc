import type { TabState } from '../../core/messages';
import { LoadingSkeleton } from '../shared/loading-skeleton';
import { RelatedArticles } from '../shared/related-articles';
import { SourceCard } from '../shared/source-card';
import { StateMessage } from '../shared/state-message';
import { StoryCard } from '../shared/story-card';

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
      const readingUrl = state.detected?.url;
      const others = state.story.articles.filter(
        (article) => article.id !== state.articleId && article.url !== readingUrl,
      );
      const storyId = state.story.id;
      return (
        <>
          <StoryCard
            story={state.story}
            onOpenStory={onOpenStory ? () => onOpenStory(storyId) : undefined}
          />
          <RelatedArticles articles={others} story={state.story.articles} now={now} />
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
  if (!state.source) {
    return (
      <StateMessage kind="unknown-outlet" title="Parallax doesn't know this outlet yet">
        <p>
          Parallax rates outlets from its catalog of news sites. This page is not on one of them, so
          nothing about it was looked up or sent anywhere.
        </p>
      </StateMessage>
    );
  }
  return (
    <>
      <SourceCard source={state.source} />
      {state.phase === 'not-article' ? (
        <StateMessage kind="not-article" title="This page isn't a news article">
          <p>Open an article on {state.source.name} to see how other outlets cover its story.</p>
        </StateMessage>
      ) : (
        <>
          {state.source.position === null && (
            <StateMessage kind="not-rated" title="This outlet is not rated yet">
              <p>No rater in Parallax's catalog places {state.source.name} on the bias scale.</p>
            </StateMessage>
          )}
          <StoryPart {...props} state={state} />
        </>
      )}
    </>
  );
}
