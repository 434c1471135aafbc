import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledSources } from '../../core/bundled-catalog';
import { bucketOfHash } from '../../core/lookup-bucket';
import { uncuratedSource } from '../../core/source';
import { buildSourceIndex } from '../../core/source-index';
import { urlHash } from '../../core/url-hash';
import { fakeBackend, json, requestsOf } from '../../tests/fixtures/extension/fake-backend';
import {
  articleDetection,
  detectedArticle,
  lookupWithStory,
  READING_URL,
  storyPreview,
} from '../../tests/fixtures/extension/fixtures';
import { perennialGazette } from '../../tests/fixtures/ratings';
import { setLookupMode } from '../shared/settings';
import { readTabState as readChannel } from '../shared/tab-state-channel';
import { RELIABILITY_ONLY_MARK } from '../toolbar-badge/badge-face';
import { BADGE_COLORS } from '../toolbar-badge/toolbar-badge';
import { db } from './db';
import { rememberSplit } from './lookup-split';
import { getTabState, onPageDetected, onTabClosed, onTabNavigated, retryTab } from './page-flow';
import { useBundledSourceIndex, useSourceIndex } from './source-index/local-index';
import { testBackend } from './test-backend';

const TAB = 7;
const BACKEND = 'http://127.0.0.1:8787';
const readTabState = (tabId: number) => readChannel(fakeBrowser, tabId);

let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  fakeBrowser.reset();
  await db.lookups.clear();
  await db.lookupSplits.clear();
  fetchMock = fakeBackend();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

describe('page detection flow', () => {
  it('marks a non-article page and clears the badge, without any request', async () => {
    await fakeBrowser.action.setBadgeText({ tabId: TAB, text: 'L' });
    const state = await onPageDetected(
      TAB,
      { isArticle: false, pageUrl: READING_URL },
      READING_URL,
    );
    expect(state.phase).toBe('not-article');
    expect(state.source?.id).toBe('reuters');
    expect(fetchMock).not.toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });

  it('never contacts the backend for a page outside the catalog', async () => {
    const elsewhere = 'https://www.example-blog.org/post/1';
    const detection = { ...articleDetection, pageUrl: elsewhere };
    const state = await onPageDetected(TAB, detection, elsewhere);
    expect(state.phase).toBe('not-article');
    expect(state.source).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('looks up the story, stores the ready state and sets the badge', async () => {
    const state = await onPageDetected(TAB, articleDetection, READING_URL);
    expect(state.phase).toBe('ready');
    expect(state.story).toEqual(storyPreview);
    expect(state.articleId).toBe('a-reuters');
    expect(await readTabState(TAB)).toEqual(state);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('C');
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toMatch(
      /^Parallax: Reuters, Center\./,
    );
    // Private by default: the split, then one bucket of it; never the URL, its hash, the
    // headline, nor a request for the story by id (the answer carried its preview).
    const hash = await urlHash(articleDetection.article.url);
    expect(requestsOf(fetchMock)).toEqual([
      { path: '/v1/lookup/config', body: undefined },
      { path: '/v1/lookup/prefix', body: { bucket: bucketOfHash(hash, 64), buckets: 64 } },
    ]);
  });

  it('sends the URL and headline only when the reader chose full lookups', async () => {
    await setLookupMode('full');
    const state = await onPageDetected(TAB, articleDetection, READING_URL);
    expect(state.articleId).toBe('a-reuters');
    expect(state.story).toEqual(storyPreview);
    const [lookupUrl, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(lookupUrl).toBe('http://127.0.0.1:8787/v1/lookup');
    expect(JSON.parse(String(init.body))).toMatchObject({
      url: articleDetection.article.url,
      title: articleDetection.article.title,
    });
    // The answer carried the preview: nothing else is asked.
    expect(fetchMock).toHaveBeenCalledOnce();
  });

  it('finds no article when no candidate has the full hash', async () => {
    const known = lookupWithStory.article;
    if (!known) throw new Error('the fixture lookup has an article');
    fetchMock = fakeBackend({
      lookup: { ...lookupWithStory, article: { ...known, url: 'https://reuters.com/o' } },
      buckets: 1,
    });
    vi.stubGlobal('fetch', fetchMock);
    const state = await onPageDetected(TAB, articleDetection, READING_URL);
    expect(state.phase).toBe('ready');
    expect(state.articleId).toBeNull();
    expect(state.story).toBeNull();
  });

  it('colours the badge by side', async () => {
    const fox = 'https://www.foxnews.com/politics/budget';
    await onPageDetected(TAB, { ...articleDetection, pageUrl: fox }, fox);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('R');
    const [r, g, b] = await fakeBrowser.action.getBadgeBackgroundColor({ tabId: TAB });
    expect(`#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`).toBe(
      BADGE_COLORS.right,
    );
  });

  it('marks an outlet rated for reliability alone, not as an unknown site, and clears it on leaving', async () => {
    const gazette = 'https://www.examplegazette.com/world/2024/05/01/harbour-reopens';
    useSourceIndex(
      buildSourceIndex([
        ...bundledSources,
        uncuratedSource(
          'examplegazette-com',
          'examplegazette.com',
          ['examplegazette.com'],
          perennialGazette,
        ),
      ]),
    );
    try {
      const article = { ...detectedArticle, url: gazette, outlet: 'The Example Gazette' };
      await onPageDetected(TAB, { isArticle: true, pageUrl: gazette, article }, gazette);
      expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe(RELIABILITY_ONLY_MARK);
      expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toBe(
        'Parallax: The Example Gazette. Reliability: high (Wikipedia editors’ consensus, 2021); no bias rating.',
      );
      await onTabNavigated(TAB, 'https://www.examplegazette.com/');
      expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
      expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toBe('');
    } finally {
      useBundledSourceIndex();
    }
  });

  it('answers "no story yet" for an article not yet in a story', async () => {
    const known = lookupWithStory.article;
    if (!known) throw new Error('the fixture lookup has an article');
    fetchMock = fakeBackend({
      lookup: { ...lookupWithStory, article: { ...known, storyId: null } },
    });
    vi.stubGlobal('fetch', fetchMock);
    const state = await onPageDetected(TAB, articleDetection, READING_URL);
    expect(state.phase).toBe('ready');
    expect(state.articleId).toBe('a-reuters');
    expect(state.story).toBeNull();
  });

  it('uses the cache for the same article, and Retry bypasses it (the split stays known)', async () => {
    await onPageDetected(TAB, articleDetection, READING_URL);
    await onPageDetected(TAB, articleDetection, READING_URL);
    expect(fetchMock).toHaveBeenCalledTimes(2); // config + lookup, once
    const retried = await retryTab(TAB);
    expect(retried.phase).toBe('ready');
    expect(requestsOf(fetchMock).map((request) => request.path)).toEqual([
      '/v1/lookup/config',
      '/v1/lookup/prefix',
      '/v1/lookup/prefix',
    ]);
  });

  it('reports an unreachable backend and keeps the local source', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const state = await onPageDetected(TAB, articleDetection, READING_URL);
    expect(state.phase).toBe('backend-unreachable');
    expect(state.message).toMatch(/Can't reach the Parallax backend at http:\/\/127\.0\.0\.1:8787/);
    expect(state.source?.name).toBe('Reuters');
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('C');
  });

  it('reports a backend error with the API error message', async () => {
    const failing = vi.fn(async () =>
      json({ error: { code: 'internal', message: 'The database is being migrated.' } }, 503),
    );
    vi.stubGlobal('fetch', failing);
    const state = await onPageDetected(TAB, articleDetection, READING_URL);
    expect(state.phase).toBe('backend-error');
    expect(state.message).toBe('The database is being migrated.');
  });

  it('reports an answer of the wrong shape as a backend error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ hello: 'world' })),
    );
    const state = await onPageDetected(TAB, articleDetection, READING_URL);
    expect(state.phase).toBe('backend-error');
    expect(state.message).toMatch(/does not understand/);
  });

  it('drops an answer that arrives after a newer detection', async () => {
    let releaseFirst: (response: Response) => void = () => {};
    const slow = new Promise<Response>((resolve) => {
      releaseFirst = resolve;
    });
    const otherUrl = 'https://www.reuters.com/world/other-story';
    const other = {
      isArticle: true as const,
      pageUrl: otherUrl,
      article: { ...articleDetection.article, url: 'https://reuters.com/world/other-story' },
    };
    const fetchFn = vi
      .fn()
      .mockImplementationOnce(() => slow)
      .mockImplementation(async () =>
        json({ buckets: 1, candidates: [], stories: [], truncated: false }),
      );
    vi.stubGlobal('fetch', fetchFn);
    await rememberSplit(BACKEND, 1);

    const first = onPageDetected(TAB, articleDetection, READING_URL);
    await vi.waitFor(() => expect(fetchFn).toHaveBeenCalledOnce());
    const second = await onPageDetected(TAB, other, otherUrl);
    // The late answer has the first article and its story.
    releaseFirst(
      await fakeBackend({ buckets: 1 })(`${BACKEND}/v1/lookup/prefix`, {
        body: JSON.stringify({ bucket: 0, buckets: 1 }),
      }),
    );
    await first;

    const stored = await readTabState(TAB);
    expect(second.pageUrl).toBe(otherUrl);
    expect(stored?.pageUrl).toBe(otherUrl);
    expect(stored?.story).toBeNull();
  });
});

describe('tab lifecycle', () => {
  it('answers a tab it knows nothing about as not an article', async () => {
    const state = await getTabState(99);
    expect(state).toMatchObject({ tabId: 99, phase: 'not-article', source: null });
  });

  it('forgets a tab when it closes', async () => {
    await onPageDetected(TAB, articleDetection, READING_URL);
    await onTabClosed(TAB);
    expect(await readTabState(TAB)).toBeNull();
  });

  it('resets a tab that navigates elsewhere, but not on a late update for the same page', async () => {
    await onPageDetected(TAB, articleDetection, READING_URL);
    await onTabNavigated(TAB, READING_URL);
    expect((await readTabState(TAB))?.phase).toBe('ready');
    await onTabNavigated(TAB, 'https://www.example.org/');
    expect(await readTabState(TAB)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });

  it('keeps the new page when its detection lands while a navigation reset is under way', async () => {
    // A waking worker gets the navigation event and the new page's detection together.
    const navigation = onTabNavigated(TAB, undefined);
    const detection = onPageDetected(TAB, articleDetection, READING_URL);
    await Promise.all([navigation, detection]);
    expect((await readTabState(TAB))?.phase).toBe('ready');
  });

  it('ignores a stored state that no longer parses', async () => {
    await fakeBrowser.storage.session.set({ [`tab:${TAB}`]: { phase: 'weird' } });
    expect((await getTabState(TAB)).phase).toBe('not-article');
  });
});

describe('test connection', () => {
  it('reports the backend version on success', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ status: 'ok', version: '0.1.0', database: 'sqlite' })),
    );
    expect(await testBackend('http://localhost:9999/')).toEqual({
      ok: true,
      message: 'Connected to the Parallax backend 0.1.0 (sqlite).',
    });
  });

  it('says clearly when nothing answers', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const result = await testBackend('http://localhost:9999');
    expect(result.ok).toBe(false);
    expect(result.message).toContain("Can't reach the Parallax backend at http://localhost:9999");
  });
});
