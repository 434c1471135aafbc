import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBackend, requestsOf } from '../../tests/fixtures/extension/fake-backend';
import { db } from './db';
import { currentSplit, rememberSplit, SPLIT_MAX_AGE_MS, storedSplit } from './lookup-split';

const A = 'http://127.0.0.1:8787';
const B = 'https://parallax.example.org';
const NOW = 1_800_000_000_000;

describe('the lookup split, per backend', () => {
  let fetchMock: ReturnType<typeof fakeBackend>;
  beforeEach(async () => {
    await db.lookupSplits.clear();
    fetchMock = fakeBackend({ buckets: 77 });
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks the config route when none is stored, then reuses what it said', async () => {
    expect(await currentSplit(A, NOW)).toBe(77);
    expect(await currentSplit(A, NOW + 1000)).toBe(77);
    expect(requestsOf(fetchMock)).toEqual([{ path: '/v1/lookup/config', body: undefined }]);
  });

  it('keeps each backend’s split apart', async () => {
    await rememberSplit(A, 5, NOW);
    expect(await currentSplit(B, NOW)).toBe(77);
    expect(await storedSplit(A, NOW)).toBe(5);
  });

  it('asks again when the stored split is older than a day', async () => {
    await rememberSplit(A, 5, NOW);
    expect(await currentSplit(A, NOW + SPLIT_MAX_AGE_MS)).toBe(5);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(await currentSplit(A, NOW + SPLIT_MAX_AGE_MS + 1)).toBe(77);
    expect(fetchMock).toHaveBeenCalledOnce();
  });

  it('treats a stored row that no longer parses as absent', async () => {
    await db.lookupSplits.put({ backendUrl: A, buckets: 0, checkedAt: NOW } as never);
    expect(await storedSplit(A, NOW)).toBeNull();
    expect(await currentSplit(A, NOW)).toBe(77);
  });
});
