import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Rating } from '../../core/source';
import { buildSourceIndex, type SourceIndex } from '../../core/source-index';
import { db } from '../db';
import { useBundledSourceIndex } from '../sources/local-index';

/** A source index as a backend sends it: one outlet the bundled catalog lacks, example-news.com. */
export function oneOutletIndex(rating: Rating): SourceIndex {
  return buildSourceIndex([
    {
      id: 'example-news',
      name: 'Example News',
      domains: ['example-news.com'],
      country: null,
      language: null,
      owner: null,
      feeds: [],
      ratings: [rating],
      position: rating.position,
      ratersDisagree: false,
    },
  ]);
}

/** Stores an index this version cannot read (an older format, a damaged write). */
export async function storeUnreadableIndex(): Promise<void> {
  await db.sourceIndex.put({
    key: 'current',
    etag: '"x"',
    index: { junk: 1 },
    checkedAt: 1,
  } as never);
}

/** A backend's answer to GET /v1/sources/index: `body` as JSON (none for a 304) and an ETag. */
export function indexResponse(status: number, body?: unknown, etag = '"v1"'): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { etag },
  });
}

/**
 * Stores `index` as the background keeps one fetched from `backendUrl` (undefined: a row written
 * by a version that did not record its backend).
 */
export async function storeBackendIndex(
  index: SourceIndex,
  fields: { backendUrl?: string; etag?: string; checkedAt: number },
): Promise<void> {
  await db.sourceIndex.put({ key: 'current', etag: '"v2"', index, ...fields });
}

/**
 * For a describe block that talks to a backend: before each test a fresh fake browser, no stored
 * index, the bundled index in use and `fetch` replaced by the returned mock; after, all undone.
 */
export function withIndexFetchMock() {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(async () => {
    fakeBrowser.reset();
    await db.sourceIndex.clear();
    useBundledSourceIndex();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });
  return fetchMock;
}
