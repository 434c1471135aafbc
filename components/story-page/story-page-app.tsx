import { useCallback, useEffect, useState } from 'preact/hooks';
import type { StoryAnswer } from '../../core/messages';
import type { Source } from '../../core/source';
import { LoadingSkeleton } from '../shared/loading-skeleton';
import { StateMessage } from '../shared/state-message';
import { attributionsFor, StoryPageView } from './story-page';

/** How the story page reaches the background; a fake is passed in tests. */
export interface StoryClient {
  getStory(storyId: string): Promise<StoryAnswer>;
}

/** Asks the background for one story and shows it, or says clearly why it cannot. */
export function StoryPageApp({
  storyId,
  client,
  sources,
}: {
  storyId: string | null;
  client: StoryClient;
  sources: readonly Source[];
}) {
  const [answer, setAnswer] = useState<StoryAnswer | null>(null);
  const load = useCallback(async () => {
    if (!storyId) return;
    setAnswer(null);
    try {
      setAnswer(await client.getStory(storyId));
    } catch (error) {
      setAnswer({ found: false, message: error instanceof Error ? error.message : String(error) });
    }
  }, [storyId, client]);
  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (answer?.found) document.title = `${answer.story.title} · Parallax`;
  }, [answer]);

  if (!storyId) {
    return (
      <main class="story-page">
        <StateMessage kind="no-story" tone="problem" title="No story to show">
          <p>This page shows one story; its address needs ?id= and a story id.</p>
        </StateMessage>
      </main>
    );
  }
  if (!answer) {
    return (
      <main class="story-page">
        <h1 class="visually-hidden">Loading the story</h1>
        <LoadingSkeleton label="Loading the story and its coverage…" />
      </main>
    );
  }
  if (!answer.found) {
    return (
      <main class="story-page">
        <StateMessage kind="backend-error" tone="problem" title="This story could not be loaded">
          <p>{answer.message}</p>
          <button type="button" class="button" data-testid="retry-button" onClick={load}>
            Retry
          </button>
        </StateMessage>
      </main>
    );
  }
  return (
    <StoryPageView story={answer.story} attributions={attributionsFor(answer.story, sources)} />
  );
}
