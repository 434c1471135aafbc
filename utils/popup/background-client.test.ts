// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabState } from '../../core/tab-state';
import { tabState } from '../../tests/fixtures/extension/fixtures';
import { removeTabState, writeTabState } from '../shared/tab-state-channel';
import { backgroundClient } from './background-client';

const send = vi.hoisted(() => vi.fn());
vi.mock('../shared/messaging', () => ({ sendToBackground: send }));

/** Follows tab `tabId` through the client; `seen` collects every state handed over. */
function follow(tabId: number) {
  const seen: TabState[] = [];
  const errors: unknown[] = [];
  const stop = backgroundClient(fakeBrowser).followTabState(
    tabId,
    (state) => seen.push(state),
    (error) => errors.push(error),
  );
  return { seen, errors, stop };
}

describe('backgroundClient', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    send.mockReset();
  });

  it('reads the state the background stored, without a message', async () => {
    const state = tabState({ tabId: 3 });
    await writeTabState(fakeBrowser, state);
    const { seen } = follow(3);
    await vi.waitFor(() => expect(seen).toEqual([state]));
    expect(send).not.toHaveBeenCalled();
  });

  it('follows every write of the tab’s state until stopped, and no other tab’s', async () => {
    await writeTabState(fakeBrowser, tabState({ tabId: 3, phase: 'loading', story: null }));
    const { seen, stop } = follow(3);
    await vi.waitFor(() => expect(seen.map((state) => state.phase)).toEqual(['loading']));
    await writeTabState(fakeBrowser, tabState({ tabId: 4 }));
    await writeTabState(fakeBrowser, tabState({ tabId: 3 }));
    expect(seen.map((state) => state.phase)).toEqual(['loading', 'ready']);
    await removeTabState(fakeBrowser, 3);
    expect(seen.at(-1)).toMatchObject({ tabId: 3, phase: 'not-article', source: null });
    stop();
    await writeTabState(fakeBrowser, tabState({ tabId: 3 }));
    expect(seen).toHaveLength(3);
    expect(send).not.toHaveBeenCalled();
  });

  it('shows a tab with nothing (valid) stored as one the content script never reported', async () => {
    await fakeBrowser.storage.session.set({ 'tab:3': { phase: 'garbage' } });
    const { seen } = follow(3);
    await vi.waitFor(() =>
      expect(seen).toEqual([expect.objectContaining({ tabId: 3, phase: 'not-article' })]),
    );
  });

  it('hands a failed read to onError', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValue(new Error('gone'));
    const { errors } = follow(3);
    await vi.waitFor(() => expect(errors).toEqual([new Error('gone')]));
  });

  it('retries through the background', async () => {
    send.mockResolvedValue(tabState());
    await backgroundClient(fakeBrowser).retry(3);
    expect(send).toHaveBeenCalledWith({ type: 'popup:retry', tabId: 3 });
  });

  it('opens the story page in a new tab', async () => {
    // Loaded on demand by the client; loaded here first so that its first transform by Vitest
    // (it brings the polyfill) does not count against waitFor.
    await import('../story-page/story-url');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    backgroundClient(fakeBrowser).openStory?.('story 1');
    await vi.waitFor(() => expect(close).toHaveBeenCalled());
    expect(create).toHaveBeenCalledWith({
      url: expect.stringMatching(/\/story\.html\?id=story%201$/),
    });
  });
});
