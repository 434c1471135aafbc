import { describe, expect, it } from 'vitest';
import type { Rating } from '../../../core/source';
import {
  indexResponse,
  oneOutletIndex,
  withIndexFetchMock,
} from '../../../tests/fixtures/extension/source-index-fixtures';
import { DEFAULT_BACKEND_URL, setBackendUrl } from '../../shared/settings';
import { db } from '../db';
import { watchBackendForSourceIndex } from './backend-watch';
import { sourceIndexInUse } from './index-in-use';
import type { IndexRefresh } from './index-update';
import { initSourceIndex } from './index-update';
import { localSourceFor, useBundledSourceIndex } from './local-index';

const OLD_BACKEND = 'https://old.example.org';
const NEW_BACKEND = 'https://new.example.org';
const NOW = 10_000_000;

/** Both backends rate example-news.com, which the bundled index lacks, but differently. */
function rated(position: number): Rating {
  return {
    rater: 'AllSides',
    entry: null,
    label: position > 0 ? 'Right' : 'Left',
    position,
    reliability: null,
    ratedOn: '2023-11-15',
    url: null,
    attribution: 'Ratings by AllSides.com, licensed CC BY-NC 4.0.',
  };
}
const oldIndex = oneOutletIndex(rated(2));
const newIndex = oneOutletIndex(rated(-2));

const examplePosition = () => localSourceFor('https://example-news.com/a')?.position ?? null;

/** The old backend's index, stored and confirmed just now (fresh by age). */
async function storeOldBackendIndex(fields: { backendUrl?: string } = { backendUrl: OLD_BACKEND }) {
  await db.sourceIndex.put({
    key: 'current',
    etag: '"old"',
    index: oldIndex,
    checkedAt: NOW,
    ...fields,
  });
}

describe('source index across backend changes', () => {
  const fetchMock = withIndexFetchMock();
  const sentHeaders = (call: number) =>
    fetchMock.mock.calls[call]?.[1]?.headers as Record<string, string>;

  it('records which backend an index came from, and uses it while that backend is set', async () => {
    await setBackendUrl(`${OLD_BACKEND}/`);
    fetchMock.mockResolvedValueOnce(indexResponse(200, oldIndex, '"old"'));
    expect(await initSourceIndex(NOW)).toBe('updated');
    expect((await db.sourceIndex.get('current'))?.backendUrl).toBe(OLD_BACKEND);

    useBundledSourceIndex();
    expect(await initSourceIndex(NOW + 1)).toBe('fresh');
    expect(examplePosition()).toBe(2);
    expect(await sourceIndexInUse()).toMatchObject({ origin: 'backend', checkedAt: NOW });
  });

  it('ignores a fresh index from another backend: bundled until the new one answers', async () => {
    await storeOldBackendIndex();
    await setBackendUrl(NEW_BACKEND);
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await initSourceIndex(NOW + 1)).toBe('failed');
    expect(fetchMock.mock.calls[0]?.[0]).toBe(`${NEW_BACKEND}/v1/sources/index`);
    expect(examplePosition()).toBeNull();
    expect((await sourceIndexInUse()).origin).toBe('bundled');

    fetchMock.mockResolvedValueOnce(indexResponse(200, newIndex, '"new"'));
    expect(await initSourceIndex(NOW + 2)).toBe('updated');
    expect(examplePosition()).toBe(-2);
    expect(await db.sourceIndex.get('current')).toMatchObject({
      backendUrl: NEW_BACKEND,
      etag: '"new"',
    });
  });

  it('never sends one backend’s ETag to another, and takes no 304 for an index it did not send', async () => {
    await storeOldBackendIndex();
    await setBackendUrl(NEW_BACKEND);
    fetchMock.mockResolvedValueOnce(indexResponse(304));
    expect(await initSourceIndex(NOW + 1)).toBe('failed');
    expect(sentHeaders(0)).not.toHaveProperty('if-none-match');
    expect(examplePosition()).toBeNull();
    expect((await db.sourceIndex.get('current'))?.checkedAt).toBe(NOW);
  });

  it('reads an index stored before origins were recorded, but refreshes it without its ETag', async () => {
    await storeOldBackendIndex({});
    expect((await db.sourceIndex.get('current'))?.backendUrl).toBeUndefined();
    expect((await sourceIndexInUse()).origin).toBe('bundled');

    fetchMock.mockResolvedValueOnce(indexResponse(200, newIndex, '"new"'));
    expect(await initSourceIndex(NOW + 1)).toBe('updated');
    expect(sentHeaders(0)).not.toHaveProperty('if-none-match');
    expect(examplePosition()).toBe(-2);
    expect((await db.sourceIndex.get('current'))?.backendUrl).toBe(DEFAULT_BACKEND_URL);
  });

  it('refreshes as soon as the backend setting changes, without waiting for the index to age', async () => {
    await setBackendUrl(OLD_BACKEND);
    await storeOldBackendIndex();
    expect(await initSourceIndex(NOW)).toBe('fresh');
    expect(examplePosition()).toBe(2);

    const refreshed = new Promise<IndexRefresh>((resolve) => {
      const stop = watchBackendForSourceIndex((result) => {
        stop();
        resolve(result);
      });
    });
    fetchMock.mockResolvedValueOnce(indexResponse(200, newIndex, '"new"'));
    await setBackendUrl(NEW_BACKEND);
    expect(await refreshed).toBe('updated');
    expect(fetchMock.mock.calls[0]?.[0]).toBe(`${NEW_BACKEND}/v1/sources/index`);
    expect(sentHeaders(0)).not.toHaveProperty('if-none-match');
    expect(examplePosition()).toBe(-2);
  });

  it('drops an answer from the old backend that arrives after the switch', async () => {
    await setBackendUrl(OLD_BACKEND);
    fetchMock.mockImplementationOnce(async () => {
      await setBackendUrl(NEW_BACKEND);
      return indexResponse(200, oldIndex, '"old"');
    });
    expect(await initSourceIndex(NOW)).toBe('superseded');
    expect(examplePosition()).toBeNull();
    expect(await db.sourceIndex.count()).toBe(0);
  });
});
