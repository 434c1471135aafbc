import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tabState } from '../../tests/fixtures/extension/fixtures';
import {
  readTabState,
  removeAllTabStates,
  removeTabState,
  subscribeTabState,
  tabStateFromPush,
  writeTabState,
} from './tab-state-channel';
import { tabStateKey } from './tab-state-key';

describe('the tab-state channel', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('reads what it wrote, and pushes the same state to the tab’s content script', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const state = tabState({ tabId: 4 });
    await writeTabState(fakeBrowser, state);
    expect(await readTabState(fakeBrowser, 4)).toEqual(state);
    expect(send).toHaveBeenCalledWith(4, { type: 'background:tab-state', state });
    expect(tabStateFromPush(send.mock.calls[0]?.[1])).toEqual(state);
  });

  it('refuses to write a state of the wrong shape, and reads a stored one as nothing', async () => {
    await expect(
      writeTabState(fakeBrowser, { ...tabState(), phase: 'odd' } as never),
    ).rejects.toThrow();
    await fakeBrowser.storage.session.set({ [tabStateKey(4)]: { phase: 'odd' } });
    expect(await readTabState(fakeBrowser, 4)).toBeNull();
  });

  it('never holds a full story: the framing and every article stay out', async () => {
    const state = tabState({ tabId: 4 });
    const story = state.story
      ? { ...state.story, framing: { left: ['x'], center: [], right: [] } }
      : null;
    await writeTabState(fakeBrowser, { ...state, story });
    const stored = (await fakeBrowser.storage.session.get(tabStateKey(4)))[tabStateKey(4)];
    expect(stored).toMatchObject({ story: { id: 'story-1' } });
    expect(JSON.stringify(stored)).not.toContain('framing');
  });

  it('tells a subscriber about its tab’s writes and removal, until it unsubscribes', async () => {
    const seen: unknown[] = [];
    const stop = subscribeTabState(fakeBrowser, 4, (state) => seen.push(state?.phase ?? null));
    await writeTabState(fakeBrowser, tabState({ tabId: 4, phase: 'loading', story: null }));
    await writeTabState(fakeBrowser, tabState({ tabId: 5 }));
    await removeTabState(fakeBrowser, 4);
    stop();
    await writeTabState(fakeBrowser, tabState({ tabId: 4 }));
    expect(seen).toEqual(['loading', null]);
  });

  it('removes every tab’s state and nothing else', async () => {
    await writeTabState(fakeBrowser, tabState({ tabId: 4 }));
    await writeTabState(fakeBrowser, tabState({ tabId: 9 }));
    await fakeBrowser.storage.session.set({ other: 1 });
    expect((await removeAllTabStates(fakeBrowser)).sort()).toEqual([4, 9]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ other: 1 });
  });

  it('ignores a message that is not a tab-state push', () => {
    expect(tabStateFromPush({ type: 'background:source-index-changed' })).toBeUndefined();
    expect(tabStateFromPush({ type: 'background:tab-state', state: null })).toBeNull();
  });
});
