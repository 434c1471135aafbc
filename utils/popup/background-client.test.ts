// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tabState } from '../../tests/fixtures/extension/fixtures';
import { writeTabState } from '../background/tab-states';
import { backgroundClient } from './background-client';

const send = vi.hoisted(() => vi.fn());
vi.mock('../shared/messaging', () => ({ sendToBackground: send }));

describe('backgroundClient', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    send.mockReset();
  });

  it('reads the state the background stored, without a message', async () => {
    const state = tabState({ tabId: 3 });
    await writeTabState(state);
    expect(await backgroundClient(fakeBrowser).getTabState(3)).toEqual(state);
    expect(send).not.toHaveBeenCalled();
  });

  it('asks the background about a tab with nothing (valid) stored', async () => {
    const state = tabState({ tabId: 3, phase: 'not-article', source: null });
    send.mockResolvedValue(state);
    await fakeBrowser.storage.session.set({ 'tab:3': { phase: 'garbage' } });
    expect(await backgroundClient(fakeBrowser).getTabState(3)).toEqual(state);
    expect(send).toHaveBeenCalledWith({ type: 'popup:get-tab-state', tabId: 3 });
  });

  it('retries through the background', async () => {
    send.mockResolvedValue(tabState());
    await backgroundClient(fakeBrowser).retry(3);
    expect(send).toHaveBeenCalledWith({ type: 'popup:retry', tabId: 3 });
  });

  it('opens the story page in a new tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    backgroundClient(fakeBrowser).openStory?.('story 1');
    await vi.waitFor(() => expect(close).toHaveBeenCalled());
    expect(create).toHaveBeenCalledWith({
      url: expect.stringMatching(/\/story\.html\?id=story%201$/),
    });
  });
});
