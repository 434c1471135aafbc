import { describe, expect, it } from 'vitest';
import { tabState } from '../../tests/fixtures/extension/fixtures';
import type { PopupReads } from './early-reads';
import { popupStartFrom } from './popup-start';

const reads = (tabId: Promise<number | null>, storedState: Promise<unknown>): PopupReads => ({
  tabId,
  storedState,
  storedTheme: Promise.resolve(undefined),
});

describe('popupStartFrom', () => {
  it('parses the stored state with the TabState schema', async () => {
    const state = tabState({ tabId: 4 });
    expect(await popupStartFrom(reads(Promise.resolve(4), Promise.resolve(state)))).toEqual({
      tabId: 4,
      state,
    });
  });

  it('leaves a stored state that no longer parses to the background', async () => {
    const broken = { ...tabState({ tabId: 4 }), phase: 'thinking' };
    expect(await popupStartFrom(reads(Promise.resolve(4), Promise.resolve(broken)))).toEqual({
      tabId: 4,
      state: null,
    });
  });

  it('has nothing when nothing is stored', async () => {
    expect(await popupStartFrom(reads(Promise.resolve(4), Promise.resolve(undefined)))).toEqual({
      tabId: 4,
      state: null,
    });
  });

  it('never rejects: a failed tab lookup or storage read leaves the popup to ask', async () => {
    const failed = Promise.reject(new Error('no tabs'));
    expect(await popupStartFrom(reads(failed, failed))).toEqual({ tabId: null, state: null });
    const unreadable = Promise.reject(new Error('storage gone'));
    expect(await popupStartFrom(reads(Promise.resolve(4), unreadable))).toEqual({
      tabId: 4,
      state: null,
    });
  });
});
