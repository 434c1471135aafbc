import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TabState } from '../../core/messages';
import { PopupView } from './popup-view';

/** How the popup reaches the background; a fake is passed in tests (and for screenshots). */
export interface PopupClient {
  getTabState(tabId: number): Promise<TabState>;
  retry(tabId: number): Promise<TabState>;
  /** Opens the story page in a new tab (and closes the popup). */
  openStory?(storyId: string): void;
}

export const POLL_INTERVAL_MS = 300;

/**
 * Asks the background for the tab's state, keeps asking while it is loading, offers Retry.
 * `initialState`, when the caller already read it, is shown from the very first render and
 * spares the first question.
 */
export function PopupApp({
  tabId,
  client,
  initialState = null,
}: {
  tabId: number | null;
  client: PopupClient;
  initialState?: TabState | null;
}) {
  const [state, setState] = useState<TabState | null>(initialState);
  const [failure, setFailure] = useState<string | null>(null);
  const [retrying, setRetrying] = useState(false);

  useEffect(() => {
    if (tabId === null) {
      setFailure('There is no tab to describe. Open the popup from a browser tab.');
      return;
    }
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await client.getTabState(tabId);
        if (stopped) return;
        setState(next);
        setFailure(null);
        if (next.phase === 'loading') timer = setTimeout(poll, POLL_INTERVAL_MS);
      } catch (error) {
        if (!stopped) setFailure(error instanceof Error ? error.message : String(error));
      }
    };
    if (!initialState) void poll();
    else if (initialState.phase === 'loading') timer = setTimeout(poll, POLL_INTERVAL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
    // initialState only seeds the first render: a later one must not restart the polling.
  }, [tabId, client]);

  const onRetry = useCallback(async () => {
    if (tabId === null) return;
    setRetrying(true);
    setState((current) => current && { ...current, phase: 'loading' });
    try {
      setState(await client.retry(tabId));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setRetrying(false);
    }
  }, [tabId, client]);

  return (
    <main class="popup" data-testid="popup" data-phase={state?.phase ?? 'starting'}>
      <header class="popup__header">
        <h1 class="brand">Parallax</h1>
        <a class="popup__settings" href="/options.html" target="_blank" rel="noopener">
          Settings
        </a>
      </header>
      <PopupView
        state={state}
        failure={failure}
        retrying={retrying}
        onRetry={onRetry}
        onOpenStory={client.openStory}
      />
    </main>
  );
}
