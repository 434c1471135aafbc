import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tabState } from '../../tests/fixtures/extension/fixtures';
import { setTheme } from '../shared/settings';
import { writeTabState } from '../shared/tab-state-channel';
import { leavePopupReads, startPopupReads, takePopupReads } from './early-reads';

describe('startPopupReads', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads what the background and the Options page stored, under their own keys', async () => {
    const state = tabState({ tabId: 12 });
    await writeTabState(fakeBrowser, state);
    await setTheme('dark');
    const reads = startPopupReads(fakeBrowser, '?tab=12');
    expect(await reads.tabId).toBe(12);
    expect(await reads.storedState).toEqual(state);
    expect(await reads.storedTheme).toBe('dark');
  });

  it('finds the active tab when no ?tab= is given', async () => {
    await writeTabState(fakeBrowser, tabState({ tabId: 5 }));
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 5 } as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[0],
    ]);
    const reads = startPopupReads(fakeBrowser, '');
    expect(await reads.tabId).toBe(5);
    expect(await reads.storedState).toMatchObject({ tabId: 5 });
  });

  it('reads nothing for the state when there is no tab, and nothing stored is undefined', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    const reads = startPopupReads(fakeBrowser, '');
    expect(await reads.tabId).toBeNull();
    expect(await reads.storedState).toBeUndefined();
    expect(await reads.storedTheme).toBeUndefined();
  });

  it('passes a failed read on to whoever takes it', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValue(new Error('gone'));
    const reads = startPopupReads(fakeBrowser, '?tab=3');
    await expect(reads.storedState).rejects.toThrow('gone');
  });
});

describe('leavePopupReads / takePopupReads', () => {
  beforeEach(() => fakeBrowser.reset());

  it('hands the early script’s reads to the popup once', async () => {
    const scope = {};
    const early = startPopupReads(fakeBrowser, '?tab=1');
    leavePopupReads(early, scope);
    expect(takePopupReads(fakeBrowser, '?tab=2', scope)).toBe(early);
    // Taken: a second popup module (there is none, but a reload in place) starts its own.
    const own = takePopupReads(fakeBrowser, '?tab=2', scope);
    expect(own).not.toBe(early);
    expect(await own.tabId).toBe(2);
  });

  it('starts its own reads when the early script did not run', async () => {
    const reads = takePopupReads(fakeBrowser, '?tab=9', {});
    expect(await reads.tabId).toBe(9);
  });
});
