// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DataSourcesReport, RaterSummary } from '../../core/data-sources-report';
import { DataSources, whatItRates, whenRated } from './options-data-sources';

afterEach(cleanup);

const ALLSIDES: RaterSummary = {
  rater: 'AllSides',
  licence: 'CC BY-NC 4.0',
  attributions: ['Ratings by AllSides.com, licensed CC BY-NC 4.0 (snapshot of 2023-11-15).'],
  page: 'https://www.allsides.com/media-bias/ratings',
  outlets: 231,
  biasOutlets: 231,
  reliabilityOutlets: 0,
  ratedOn: { first: '2023-11-15', last: '2023-11-15' },
  undated: 0,
};

const IDIAP: RaterSummary = {
  rater: 'Idiap news-source reliability',
  licence: null,
  attributions: ['Reliability scores by the Idiap Research Institute. The licence is not stated.'],
  page: 'https://github.com/idiap/News-Media-Reliability',
  outlets: 1,
  biasOutlets: 0,
  reliabilityOutlets: 1,
  ratedOn: null,
  undated: 1,
};

function report(fields: Partial<DataSourcesReport> = {}): DataSourcesReport {
  return {
    index: { origin: 'bundled', checkedAt: null, outlets: 400, uncurated: 0 },
    raters: [ALLSIDES],
    backendUrl: 'http://127.0.0.1:8787',
    ...fields,
  };
}

/** A client whose answer the test releases when it wants, to see the loading state first. */
function pendingClient() {
  let settle: { resolve: (r: DataSourcesReport) => void; reject: (e: Error) => void } | null = null;
  const loadDataSources = vi.fn(
    () =>
      new Promise<DataSourcesReport>((resolve, reject) => {
        settle = { resolve, reject };
      }),
  );
  return {
    client: { loadDataSources },
    resolve: (r: DataSourcesReport) => settle?.resolve(r),
    reject: (e: Error) => settle?.reject(e),
  };
}

describe('DataSources', () => {
  it('says it is loading until the background answers', async () => {
    const { client, resolve } = pendingClient();
    render(<DataSources client={client} />);
    expect(screen.getByTestId('data-sources-loading').textContent).toMatch(/Reading/);
    expect(screen.queryByTestId('data-sources')).toBeNull();
    resolve(report());
    await screen.findByTestId('data-sources');
    expect(screen.queryByTestId('data-sources-loading')).toBeNull();
  });

  it('lists each rater with its link, licence, coverage, dates and attribution', async () => {
    const client = { loadDataSources: vi.fn(async () => report({ raters: [ALLSIDES, IDIAP] })) };
    render(<DataSources client={client} />);
    const [allSides, idiap] = await screen.findAllByTestId('rater');
    if (!allSides || !idiap) throw new Error('two raters expected');
    expect(within(allSides).getByRole('link', { name: 'AllSides' }).getAttribute('href')).toBe(
      'https://www.allsides.com/media-bias/ratings',
    );
    const licence = within(allSides).getByTestId('licence');
    expect(licence.textContent).toBe('CC BY-NC 4.0');
    expect(licence.getAttribute('href')).toBe('https://creativecommons.org/licenses/by-nc/4.0/');
    expect(within(allSides).getByTestId('rater-coverage').textContent).toBe(
      'Rates the bias of 231 outlets · rated on 2023-11-15',
    );
    expect(allSides.textContent).toContain('Ratings by AllSides.com');
    expect(within(idiap).getByTestId('licence').textContent).toBe('Licence not stated');
    expect(within(idiap).getByTestId('rater-coverage').textContent).toBe(
      'Rates the reliability of 1 outlet · 1 rating undated',
    );
    expect(screen.getByTestId('index-origin').textContent).toMatch(
      /came with this version of Parallax and covers 400 outlets/,
    );
    expect(screen.getByTestId('story-backend').textContent).toContain('http://127.0.0.1:8787');
  });

  it('says when the index came from the backend and what rating imports added', async () => {
    const checkedAt = Date.parse('2025-06-01T10:00:00Z');
    const client = {
      loadDataSources: vi.fn(async () =>
        report({ index: { origin: 'backend', checkedAt, outlets: 1204, uncurated: 804 } }),
      ),
    };
    render(<DataSources client={client} />);
    const origin = await screen.findByTestId('index-origin');
    expect(origin.textContent).toMatch(
      /was updated from the backend, last checked .*2025.*, and covers 1,204 outlets/,
    );
    expect(screen.getByTestId('catalog-source').textContent).toContain(
      '804 outlets on the list are not in the catalog',
    );
  });

  it('says so when no outlet in the index is rated', async () => {
    const client = { loadDataSources: vi.fn(async () => report({ raters: [] })) };
    render(<DataSources client={client} />);
    expect((await screen.findByTestId('data-sources-empty')).textContent).toMatch(
      /No outlet on the list is rated yet/,
    );
    expect(screen.queryByTestId('data-sources')).toBeNull();
    expect(screen.getByTestId('story-backend')).toBeTruthy();
  });

  it('shows what went wrong, and tries again on request', async () => {
    const { client, reject, resolve } = pendingClient();
    render(<DataSources client={client} />);
    reject(new Error('The Parallax background gave no valid answer.'));
    const error = await screen.findByTestId('data-sources-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('The Parallax background gave no valid answer.');
    fireEvent.click(within(error).getByRole('button', { name: 'Try again' }));
    expect(client.loadDataSources).toHaveBeenCalledTimes(2);
    resolve(report());
    await screen.findByTestId('data-sources');
    expect(screen.queryByTestId('data-sources-error')).toBeNull();
  });

  it('reloads when a setting it shows was saved', async () => {
    const client = { loadDataSources: vi.fn(async () => report()) };
    const { rerender } = render(<DataSources client={client} revision={0} />);
    await screen.findByTestId('data-sources');
    client.loadDataSources.mockResolvedValueOnce(report({ backendUrl: 'https://p.example.org' }));
    rerender(<DataSources client={client} revision={1} />);
    await waitFor(() =>
      expect(screen.getByTestId('story-backend').textContent).toContain('https://p.example.org'),
    );
  });

  it('reloads by itself when the background stored a new index, and stops listening when closed', async () => {
    const listeners = new Set<() => void>();
    const client = {
      loadDataSources: vi.fn(async () => report()),
      onSourceIndexChanged: (listener: () => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    const { unmount } = render(<DataSources client={client} />);
    expect((await screen.findByTestId('index-origin')).textContent).toContain('came with');
    client.loadDataSources.mockResolvedValueOnce(
      report({ index: { origin: 'backend', checkedAt: 5, outlets: 1, uncurated: 0 } }),
    );
    for (const listener of listeners) listener();
    await waitFor(() =>
      expect(screen.getByTestId('index-origin').textContent).toContain('updated from the backend'),
    );
    unmount();
    expect(listeners.size).toBe(0);
  });
});

describe('rater wording', () => {
  it('names both axes when a rater gives both, and a date range with undated ratings', () => {
    const both = { ...ALLSIDES, biasOutlets: 200, reliabilityOutlets: 150, undated: 3 };
    const range = { ...both, ratedOn: { first: '2021-03-02', last: '2023-11-15' } };
    expect(whatItRates(both)).toBe('Rates the bias of 200 and the reliability of 150 outlets');
    expect(whenRated(range)).toBe('rated 2021-03-02 to 2023-11-15; 3 ratings undated');
    expect(whatItRates({ ...ALLSIDES, biasOutlets: 0, outlets: 2 })).toBe('Rates 2 outlets');
  });
});
