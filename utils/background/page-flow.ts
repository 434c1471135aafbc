import { browser } from 'wxt/browser';
import { canonicalizeDetection } from '../../core/detect/canonicalize-detection';
import type { DetectedArticle, PageDetection } from '../../core/detected-article';
import type { TabState } from '../../core/messages';
import { attributePage } from '../../core/portal-attribution';
import type { Source } from '../../core/source';
import {
  emptyTabState,
  readTabState as readStored,
  removeTabState as removeStored,
  writeTabState as writeStored,
} from '../shared/tab-state-channel';
import { clearBadge, showSourceBadge } from '../toolbar-badge/toolbar-badge';
import { BackendFailure } from './backend-client';
import { stopWatching, watchForRead } from './reading-recorder';
import { localSourceFor, localSourceNamed } from './source-index/local-index';
import { lookupStory } from './story-lookup';

// The background's end of the tab-state channel: the polyfill's API.
const readTabState = (tabId: number) => readStored(browser, tabId);
const writeTabState = (state: TabState) => writeStored(browser, state);
const removeTabState = (tabId: number) => removeStored(browser, tabId);

/**
 * One counter per tab, bumped by every new detection or navigation: an answer that comes
 * back after its tab moved on is dropped instead of overwriting the newer state. Kept in
 * memory on purpose: a stopped worker also dropped every request in flight.
 */
const generations = new Map<number, number>();

function nextGeneration(tabId: number): number {
  const next = (generations.get(tabId) ?? 0) + 1;
  generations.set(tabId, next);
  return next;
}

const isCurrent = (tabId: number, generation: number) => generations.get(tabId) === generation;

/** Handles a content script's verdict on the page in `tabId`; resolves with the final state. */
export async function onPageDetected(
  tabId: number,
  reported: PageDetection,
  senderUrl: string | undefined,
): Promise<TabState> {
  // The content script reports URLs as the page gives them; the lookup key is canonical.
  const detection = canonicalizeDetection(reported);
  const generation = nextGeneration(tabId);
  // The outlet comes from the URL the browser reports, not from what the page claims; on a
  // portal, from the outlet the page credits ("X via MSN", core/portal-attribution.ts).
  const {
    source,
    via,
    siteName,
    detection: attributed,
  } = attributePage(detection, senderUrl ?? detection.pageUrl, {
    byUrl: localSourceFor,
    byName: localSourceNamed,
  });
  const detected = attributed.isArticle ? attributed.article : null;
  const base: TabState = {
    ...emptyTabState(tabId),
    pageUrl: detection.pageUrl,
    source,
    via,
    siteName,
    // Kept for an article the index lacks: the popup names it "a news outlet no rater covers".
    detected,
  };
  if (!detected || !source) {
    // Not an article, or not a catalog outlet: nothing is sent anywhere (privacy).
    await writeTabState(base);
    await clearBadge(tabId);
    return base;
  }
  return runLookup(tabId, generation, base, detected, source, false);
}

/** Looks the tab's article up again, skipping the cache (the popup's Retry button). */
export async function retryTab(tabId: number): Promise<TabState> {
  const state = (await readTabState(tabId)) ?? emptyTabState(tabId);
  if (!state.detected || !state.source) return state;
  return runLookup(tabId, nextGeneration(tabId), state, state.detected, state.source, true);
}

async function runLookup(
  tabId: number,
  generation: number,
  state: TabState,
  detected: DetectedArticle,
  source: Source,
  bypassCache: boolean,
): Promise<TabState> {
  const loading: TabState = {
    ...state,
    detected,
    source,
    phase: 'loading',
    articleId: null,
    story: null,
    message: null,
    updatedAt: Date.now(),
  };
  await writeTabState(loading);
  await showSourceBadge(tabId, source, state.siteName);

  let final: TabState;
  try {
    const answer = await lookupStory(detected, { bypassCache });
    const { article, story } = answer.lookup;
    final = { ...loading, phase: 'ready', articleId: article?.id ?? null, story };
  } catch (error) {
    const unreachable = error instanceof BackendFailure && error.kind === 'unreachable';
    final = {
      ...loading,
      phase: unreachable ? 'backend-unreachable' : 'backend-error',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  final.updatedAt = Date.now();
  if (!isCurrent(tabId, generation)) return (await readTabState(tabId)) ?? final;
  await writeTabState(final);
  // The reader's own balance: local only (utils/background/reading-recorder.ts).
  void watchForRead(final).catch(() => undefined);
  return final;
}

/** A tab started loading another page: what was shown for the old one no longer applies. */
export async function onTabNavigated(tabId: number, url: string | undefined): Promise<void> {
  // A waking service worker can be handed this event and the new page's detection at the
  // same time; if the detection got in while we read, it describes the new page: keep it.
  const generationBefore = generations.get(tabId);
  const state = await readTabState(tabId);
  if (generations.get(tabId) !== generationBefore) return;
  // The same page reporting in again (e.g. a late status update) keeps its state.
  if (url !== undefined && state?.pageUrl === url) return;
  nextGeneration(tabId);
  stopWatching(tabId);
  await removeTabState(tabId);
  await clearBadge(tabId);
}

export async function onTabClosed(tabId: number): Promise<void> {
  generations.delete(tabId);
  stopWatching(tabId);
  await removeTabState(tabId);
}

export async function getTabState(tabId: number): Promise<TabState> {
  return (await readTabState(tabId)) ?? emptyTabState(tabId);
}
