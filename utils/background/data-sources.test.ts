import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataSourcesReport } from '../../core/data-sources-report';
import {
  oneOutletIndex,
  storeBackendIndex,
  storeUnreadableIndex,
} from '../../tests/fixtures/extension/source-index-fixtures';
import { setBackendUrl } from '../shared/settings';
import { dataSourcesReport } from './data-sources';
import { db } from './db';

/** A backend index with one outlet rated by Wikipedia's perennial sources only. */
const backendIndex = oneOutletIndex({
  rater: 'Wikipedia perennial sources',
  entry: null,
  label: 'Generally reliable',
  position: null,
  reliability: 'Generally reliable',
  ratedOn: '2025-02-01',
  url: null,
  attribution: 'WP:RSP (snapshot of 2025-02-01), by Wikipedia contributors, licensed CC BY-SA 4.0.',
});

describe('dataSourcesReport', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await db.sourceIndex.clear();
  });

  it('describes the bundled index when the backend has sent none', async () => {
    const report = DataSourcesReport.parse(await dataSourcesReport());
    expect(report.index).toMatchObject({ origin: 'bundled', checkedAt: null, uncurated: 0 });
    expect(report.index.outlets).toBeGreaterThanOrEqual(250);
    expect(report.raters.map((r) => r.rater)).toEqual(['AllSides']);
    expect(report.backendUrl).toBe('http://127.0.0.1:8787');
  });

  it('describes the index fetched from the backend once one is stored, and the backend set', async () => {
    await storeBackendIndex(backendIndex, {
      backendUrl: 'https://parallax.example.org',
      checkedAt: 5,
    });
    await setBackendUrl('https://parallax.example.org');
    const report = await dataSourcesReport();
    expect(report.index).toEqual({ origin: 'backend', checkedAt: 5, outlets: 1, uncurated: 0 });
    expect(report.raters).toMatchObject([
      { rater: 'Wikipedia perennial sources', outlets: 1, licence: 'CC BY-SA 4.0' },
    ]);
    expect(report.backendUrl).toBe('https://parallax.example.org');
  });

  it('describes the bundled index while the stored one is from another backend, or from one not recorded', async () => {
    await storeBackendIndex(backendIndex, {
      backendUrl: 'https://parallax.example.org',
      checkedAt: 5,
    });
    await setBackendUrl('https://other.example.org');
    expect((await dataSourcesReport()).index).toMatchObject({ origin: 'bundled', checkedAt: null });

    await storeBackendIndex(backendIndex, { checkedAt: 5 });
    await setBackendUrl('https://parallax.example.org');
    expect((await dataSourcesReport()).index.origin).toBe('bundled');
  });

  it('falls back to the bundled index when the stored one no longer validates', async () => {
    await storeUnreadableIndex();
    expect((await dataSourcesReport()).index.origin).toBe('bundled');
  });
});
