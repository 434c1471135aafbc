// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReadEntry } from '../../core/reading-balance';
import { type ReadingBalanceClient, ReadingBalancePage } from './reading-balance-page';

afterEach(cleanup);
const NOW = Date.parse('2026-12-01T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const read = (id: string, position: ReadEntry['position'], readAt: number): ReadEntry => ({
  id,
  articleKey: id.repeat(64).slice(0, 64),
  sourceId: `s${position}`,
  outlet: `Outlet ${position}`,
  position,
  storyId: 'story-1',
  storyTitle: 'The treaty',
  readAt,
});

function fakeClient(initial: ReadEntry[]): ReadingBalanceClient & { reads: ReadEntry[] } {
  let paused = false;
  const client = {
    reads: [...initial],
    listReads: async () => [...client.reads],
    deleteRead: async (id: string) => {
      client.reads = client.reads.filter((entry) => entry.id !== id);
    },
    clearReads: async () => {
      client.reads = [];
    },
    isPaused: async () => paused,
    setPaused: async (next: boolean) => {
      paused = next;
    },
    download: vi.fn(),
    storyUrl: (id: string) => `/story.html?id=${id}`,
  };
  return client;
}

describe('ReadingBalancePage', () => {
  it('says when nothing is recorded yet', async () => {
    render(<ReadingBalancePage client={fakeClient([])} now={NOW} />);
    expect((await screen.findByTestId('balance-empty')).textContent).toContain('Nothing recorded');
  });

  it('counts by leaning per period, in the chart table and the summary alike', async () => {
    const client = fakeClient([read('a', -1, NOW - DAY), read('b', 2, NOW - 20 * DAY)]);
    render(<ReadingBalancePage client={client} now={NOW} />);
    expect((await screen.findByTestId('balance-summary')).textContent).toBe(
      '2 articles: left 1, center 0, right 1',
    );
    fireEvent.click(screen.getByTestId('period-7d'));
    expect(screen.getByTestId('balance-summary').textContent).toBe(
      '1 article: left 1, center 0, right 0',
    );
    const leanLeft = [...screen.getByTestId('balance-table').querySelectorAll('tr')].find((tr) =>
      tr.textContent?.startsWith('Lean Left'),
    );
    expect(leanLeft?.querySelector('td')?.textContent).toBe('1');
    expect(screen.getAllByTestId('balance-read')[0]?.querySelector('a')?.getAttribute('href')).toBe(
      '/story.html?id=story-1',
    );
  });

  it('deletes one read, pauses, exports and clears', async () => {
    const client = fakeClient([read('a', -1, NOW - DAY), read('b', 2, NOW - DAY)]);
    render(<ReadingBalancePage client={client} now={NOW} />);
    await screen.findByTestId('balance-summary');
    fireEvent.click(screen.getAllByRole('button', { name: /^Delete the/ })[0] as HTMLElement);
    await waitFor(() => expect(screen.getAllByTestId('balance-read')).toHaveLength(1));
    fireEvent.click(screen.getByTestId('balance-pause'));
    await screen.findByTestId('balance-paused');
    fireEvent.click(screen.getByTestId('export-csv'));
    expect(client.download).toHaveBeenCalledWith(
      'parallax-reading.csv',
      'text/csv',
      expect.stringMatching(/^readAt,outlet/),
    );
    fireEvent.click(screen.getByTestId('balance-clear'));
    await screen.findByTestId('balance-empty');
  });
});
