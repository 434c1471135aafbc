import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TabState } from '../../core/tab-state';
import { PopupChipToggle } from '../link-chip/popup-chip-toggle';
import type { LinkChipsClient } from '../options/options-link-chips';
import { PopupView } from './popup-view';

/** How the popup reaches the background; a fake is passed in tests (and for screenshots). */
export interface PopupClient {
  /**
   * Calls `onState` with the tab's state now and after every change the background makes,
   * until the returned function is called; `onError` when it cannot be read at all.
   */
  followTabState(
    tabId: number,
    onState: (state: TabState) => void,
    onError: (error: unknown) => void,
  ): () => void;
  retry(tabId: number): Promise<TabState>;
  /** Opens the story page in a new tab (and closes the popup). */
  openStory?(storyId: string): void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Shows the tab's state and follows it (loading → ready, a Retry, a new page in the tab): the
 * background's writes reach the popup as they happen, so nothing is asked again on a timer.
 * `initialState`, when the caller already read it, is shown from the very first render.
 */
export function PopupApp({
  tabId,
  client,
  initialState = null,
  loadChipsClient,
}: {
  tabId: number | null;
  client: PopupClient;
  initialState?: TabState | null;
  /** The link chips' switch, loaded on demand (issue 14); absent, no switch is shown. */
  loadChipsClient?: () => Promise<LinkChipsClient>;
}) {
  const [state, setState] = useState<TabState | null>(initialState);
  const [failure, setFailure] = useState<string | null>(null);
  const [retrying, setRetrying] = useState(false);

  useEffect(() => {
    if (tabId === null) {
      setFailure('There is no tab to describe. Open the popup from a browser tab.');
      return;
    }
    return client.followTabState(
      tabId,
      (next) => {
        setState(next);
        setFailure(null);
      },
      (error) => setFailure(messageOf(error)),
    );
  }, [tabId, client]);

  const onRetry = useCallback(async () => {
    if (tabId === null) return;
    setRetrying(true);
    setState((current) => current && { ...current, phase: 'loading' });
    try {
      setState(await client.retry(tabId));
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setRetrying(false);
    }
  }, [tabId, client]);

  return (
    <main class="popup" data-testid="popup" data-phase={state?.phase ?? 'starting'}>
      <header class="popup__header">
        <h1 class="brand">Parallax</h1>
        <nav class="popup__links" aria-label="Parallax pages">
          <a
            class="popup__settings"
            href="/reading-balance.html"
            target="_blank"
            rel="noopener"
            data-testid="reading-balance-link"
          >
            My reading balance
          </a>
          <a class="popup__settings" href="/options.html" target="_blank" rel="noopener">
            Settings
          </a>
        </nav>
      </header>
      <PopupView
        state={state}
        failure={failure}
        retrying={retrying}
        onRetry={onRetry}
        onOpenStory={client.openStory}
      />
      {loadChipsClient && (
        <PopupChipToggle pageUrl={state?.pageUrl ?? null} loadClient={loadChipsClient} />
      )}
    </main>
  );
}
