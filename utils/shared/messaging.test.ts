import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { articleDetection, tabState } from '../../tests/fixtures/extension/fixtures';
import {
  dispatchRequest,
  isAllowedSender,
  type MessageSender,
  onSourceIndexChanged,
  type RequestHandlers,
  sendToBackground,
} from './messaging';

const extensionPage = (path: string, tab = false): MessageSender => ({
  id: browser.runtime.id,
  url: browser.runtime.getURL(path as '/'),
  ...(tab ? { tab: { id: 3 } as MessageSender['tab'], frameId: 0 } : {}),
});
const webPage = (url = 'https://www.reuters.com/world/x'): MessageSender => ({
  id: browser.runtime.id,
  url,
  tab: { id: 3 } as MessageSender['tab'],
  frameId: 0,
});

function handlers(): RequestHandlers {
  return {
    'content:page-detected': vi.fn(async () => ({ accepted: true })),
    'content:get-tab-state': vi.fn(async () => tabState()),
    'content:open-story': vi.fn(async () => ({ opened: true })),
    'popup:retry': vi.fn(async () => tabState()),
    'popup:inspect-tab': vi.fn(async () => tabState()),
    'content:link-chip-sources': vi.fn(async () => ({ sources: [], matches: [] })),
    'content:link-chip-story': vi.fn(async () => ({ found: false as const, message: 'none' })),
    'story:get-story': vi.fn(async () => ({ found: false as const, message: 'none' })),
    'options:test-backend': vi.fn(async () => ({ ok: true, message: 'fine' })),
    'options:clear-cache': vi.fn(async () => ({ lookups: 0, tabs: 0 })),
    'options:get-data-sources': vi.fn(async () => {
      throw new Error('not used here');
    }),
  };
}

describe('sender checks', () => {
  beforeEach(() => fakeBrowser.reset());

  it('accepts popup and options messages only from extension pages, even inside a tab', () => {
    expect(isAllowedSender('popup:retry', extensionPage('/popup.html'))).toBe(true);
    expect(isAllowedSender('popup:retry', extensionPage('/popup.html?tab=3', true))).toBe(true);
    expect(isAllowedSender('options:test-backend', extensionPage('/options.html'))).toBe(true);
    expect(isAllowedSender('popup:retry', webPage())).toBe(false);
    // The popup's first message runs a script in a tab: never on a web page's word.
    expect(isAllowedSender('popup:inspect-tab', webPage())).toBe(false);
    expect(isAllowedSender('options:test-backend', webPage())).toBe(false);
  });

  it('lets only extension pages ask for a story or clear the cache', () => {
    expect(isAllowedSender('story:get-story', extensionPage('/story.html?id=s', true))).toBe(true);
    expect(isAllowedSender('story:get-story', webPage())).toBe(false);
    expect(isAllowedSender('options:clear-cache', extensionPage('/options.html'))).toBe(true);
    expect(isAllowedSender('options:clear-cache', webPage())).toBe(false);
    expect(isAllowedSender('options:get-data-sources', extensionPage('/options.html'))).toBe(true);
    expect(isAllowedSender('options:get-data-sources', webPage())).toBe(false);
  });

  it('lets the badge ask about its own tab only from a web page top frame', () => {
    expect(isAllowedSender('content:get-tab-state', webPage())).toBe(true);
    expect(isAllowedSender('content:get-tab-state', { ...webPage(), frameId: 1 })).toBe(false);
    expect(isAllowedSender('content:get-tab-state', extensionPage('/popup.html', true))).toBe(
      false,
    );
  });

  it('accepts content messages only from a web page top frame', () => {
    expect(isAllowedSender('content:page-detected', webPage())).toBe(true);
    expect(isAllowedSender('content:page-detected', extensionPage('/popup.html', true))).toBe(
      false,
    );
    expect(isAllowedSender('content:page-detected', { ...webPage(), frameId: 2 })).toBe(false);
    expect(isAllowedSender('content:page-detected', { ...webPage(), tab: undefined })).toBe(false);
  });

  it('rejects anything from another extension', () => {
    const other = { ...extensionPage('/popup.html'), id: 'someone-else' };
    expect(isAllowedSender('popup:retry', other)).toBe(false);
    expect(isAllowedSender('content:page-detected', { ...webPage(), id: 'someone-else' })).toBe(
      false,
    );
  });
});

describe('dispatchRequest', () => {
  beforeEach(() => fakeBrowser.reset());

  it('hands a valid request from an allowed sender to its handler', async () => {
    const h = handlers();
    const answer = await dispatchRequest(
      { type: 'content:page-detected', detection: articleDetection },
      webPage(),
      h,
    );
    expect(answer).toEqual({ ok: true, value: { accepted: true } });
    expect(h['content:page-detected']).toHaveBeenCalledOnce();
  });

  it('does not let a web page drive popup or options requests', async () => {
    const h = handlers();
    const retry = await dispatchRequest({ type: 'popup:retry', tabId: 3 }, webPage(), h);
    const test = await dispatchRequest(
      { type: 'options:test-backend', backendUrl: 'https://evil.example' },
      webPage(),
      h,
    );
    expect(retry).toMatchObject({ ok: false });
    expect(test).toMatchObject({ ok: false });
    expect(h['popup:retry']).not.toHaveBeenCalled();
    expect(h['options:test-backend']).not.toHaveBeenCalled();
  });

  it.each([
    ['junk', 'hello'],
    ['an unknown type', { type: 'popup:delete-everything' }],
    ['a malformed request', { type: 'popup:retry', tabId: 'seven' }],
    ['a detection that is not a URL', { type: 'content:page-detected', detection: {} }],
  ])('ignores %s', async (_name, message) => {
    const h = handlers();
    expect(await dispatchRequest(message, extensionPage('/popup.html'), h)).toBeUndefined();
    for (const handler of Object.values(h)) expect(handler).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error envelope', async () => {
    const h = handlers();
    h['popup:retry'] = async () => {
      throw new Error('boom');
    };
    const answer = await dispatchRequest(
      { type: 'popup:retry', tabId: 1 },
      extensionPage('/popup.html'),
      h,
    );
    expect(answer).toEqual({ ok: false, error: 'boom' });
  });
});

describe('sendToBackground', () => {
  beforeEach(() => fakeBrowser.reset());

  it('unwraps and parses the answer', async () => {
    // The fake browser answers with the listener's return value.
    fakeBrowser.runtime.onMessage.addListener(() => ({ ok: true, value: tabState() }) as never);
    const state = await sendToBackground({ type: 'popup:retry', tabId: 7 });
    expect(state.phase).toBe('ready');
  });

  it('throws the background error message on ok:false', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => ({ ok: false, error: 'nope' }) as never);
    await expect(sendToBackground({ type: 'popup:retry', tabId: 7 })).rejects.toThrow('nope');
  });

  it('throws a clear error on an answer of the wrong shape', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => ({ ok: true, value: { phase: 1 } }) as never);
    await expect(sendToBackground({ type: 'popup:retry', tabId: 7 })).rejects.toThrow(
      /unexpected shape/,
    );
  });
});

describe('source index announcements', () => {
  beforeEach(() => fakeBrowser.reset());

  it('calls the page back for our own announcement only, until it stops listening', async () => {
    const listener = vi.fn();
    const stop = onSourceIndexChanged(listener);
    const changed = { type: 'background:source-index-changed' };
    await fakeBrowser.runtime.onMessage.trigger(changed, { id: 'another-extension' });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'background:other' }, extensionPage('/'));
    expect(listener).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onMessage.trigger(changed, { id: browser.runtime.id });
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    await fakeBrowser.runtime.onMessage.trigger(changed, { id: browser.runtime.id });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
