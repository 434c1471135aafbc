import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  indexResponse,
  oneOutletIndex,
  storeUnreadableIndex,
  withIndexFetchMock,
} from '../../../tests/fixtures/extension/source-index-fixtures';
import { DEFAULT_BACKEND_URL } from '../../shared/settings';
import { db } from '../db';
import { initSourceIndex, SOURCE_INDEX_MAX_AGE_MS } from './index-update';
import { localIndexSize, localSourceFor, useBundledSourceIndex } from './local-index';

/** A backend index holding one outlet the bundled catalog does not have. */
const remoteIndex = oneOutletIndex({
  rater: 'AllSides',
  entry: null,
  label: 'Right',
  position: 2,
  reliability: null,
  ratedOn: '2023-11-15',
  url: null,
  attribution: 'Ratings by AllSides.com, licensed CC BY-NC 4.0.',
});

describe('source index update', () => {
  const fetchMock = withIndexFetchMock();

  it('matches from the bundled index with no network', () => {
    expect(localIndexSize()).toBeGreaterThanOrEqual(250);
    expect(localSourceFor('https://www.reuters.com/world/x')?.name).toBe('Reuters');
    expect(localSourceFor('https://www.google.com/amp/s/www.bbc.co.uk/news/x')?.id).toBe(
      'bbc-news',
    );
  });

  it('fetches, validates, stores and uses a newer index; then sends If-None-Match', async () => {
    fetchMock.mockResolvedValueOnce(indexResponse(200, remoteIndex));
    expect(await initSourceIndex(1000)).toBe('updated');
    expect(localSourceFor('https://example-news.com/a')?.position).toBe(2);
    expect(await db.sourceIndex.get('current')).toMatchObject({
      etag: '"v1"',
      backendUrl: DEFAULT_BACKEND_URL,
    });
    expect(fetchMock.mock.calls[0]?.[0]).toBe(`${DEFAULT_BACKEND_URL}/v1/sources/index`);

    fetchMock.mockResolvedValueOnce(indexResponse(304));
    expect(await initSourceIndex(1000 + SOURCE_INDEX_MAX_AGE_MS + 1)).toBe('not-modified');
    const headers = fetchMock.mock.calls[1]?.[1]?.headers as Record<string, string>;
    expect(headers['if-none-match']).toBe('"v1"');
    expect(localSourceFor('https://example-news.com/a')?.name).toBe('Example News');
  });

  it('announces each stored index to open extension pages, and nothing when it stores none', async () => {
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      received.push(message);
    });
    const changed = { type: 'background:source-index-changed' };

    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await initSourceIndex(1000)).toBe('failed');
    expect(received).toEqual([]);

    fetchMock.mockResolvedValueOnce(indexResponse(200, remoteIndex));
    expect(await initSourceIndex(1000)).toBe('updated');
    expect(received).toEqual([changed]);

    expect(await initSourceIndex(2000)).toBe('fresh');
    expect(received).toEqual([changed]);

    fetchMock.mockResolvedValueOnce(indexResponse(304));
    expect(await initSourceIndex(2000 + SOURCE_INDEX_MAX_AGE_MS)).toBe('not-modified');
    expect(received).toEqual([changed, changed]);
  });

  it('does not ask again while the stored index is fresh', async () => {
    fetchMock.mockResolvedValueOnce(indexResponse(200, remoteIndex));
    await initSourceIndex(1000);
    useBundledSourceIndex();
    expect(await initSourceIndex(2000)).toBe('fresh');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(localSourceFor('https://example-news.com/a')?.name).toBe('Example News');
  });

  it('keeps the bundled index when the backend sends something invalid or is down', async () => {
    fetchMock.mockResolvedValueOnce(indexResponse(200, { format: 'something else' }));
    expect(await initSourceIndex(1000)).toBe('failed');
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await initSourceIndex(1000)).toBe('failed');
    expect(await db.sourceIndex.count()).toBe(0);
    expect(localSourceFor('https://www.reuters.com/world/x')?.name).toBe('Reuters');
  });

  it('drops a stored index that no longer validates', async () => {
    await storeUnreadableIndex();
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await initSourceIndex(2)).toBe('failed');
    expect(await db.sourceIndex.count()).toBe(0);
  });
});
