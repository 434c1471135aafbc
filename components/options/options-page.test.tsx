// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BadgeSettings } from '../../core/settings';
import { fakeLinkChipsClient } from '../link-chip/fake-chips-client';
import { OptionsPage, type OptionsPageClient } from './options-page';

afterEach(cleanup);

function fakeClient(): OptionsPageClient {
  let badge: BadgeSettings = { enabled: true, disabledSites: [] };
  const access = {
    hostAccess: vi.fn(async () => true),
    requestHostAccess: vi.fn(async () => true),
    onAccessChanged: vi.fn(() => () => {}),
  };
  return {
    load: vi.fn(async () => 'http://127.0.0.1:8787'),
    save: vi.fn(async (url: string) => ({ ok: true as const, value: url })),
    test: vi.fn(async () => ({ ok: true, message: 'ok' })),
    loadLookupMode: vi.fn(async () => 'private' as const),
    saveLookupMode: vi.fn(async () => {}),
    loadTheme: vi.fn(async () => 'system' as const),
    saveTheme: vi.fn(async () => {}),
    loadBadge: vi.fn(async () => badge),
    saveBadge: vi.fn(async (next: BadgeSettings) => {
      badge = { ...next, disabledSites: next.disabledSites.map((s) => s.replace(/^www\./, '')) };
      return badge;
    }),
    ...access,
    ...fakeLinkChipsClient(),
    clearCache: vi.fn(async () => ({ lookups: 3, tabs: 2 })),
    loadDataSources: vi.fn(async () => ({
      index: { origin: 'bundled' as const, checkedAt: null, outlets: 400, uncurated: 0 },
      raters: [],
      backendUrl: 'http://127.0.0.1:8787',
    })),
  };
}

describe('OptionsPage', () => {
  it('saves the theme as soon as it is picked', async () => {
    const client = fakeClient();
    render(<OptionsPage client={client} />);
    fireEvent.click(await screen.findByTestId('theme-dark'));
    expect(client.saveTheme).toHaveBeenCalledWith('dark');
  });

  it('turns the badge off, and lists and unlists sites', async () => {
    const client = fakeClient();
    render(<OptionsPage client={client} />);
    fireEvent.click(await screen.findByTestId('badge-turn-off'));
    await waitFor(() =>
      expect(client.saveBadge).toHaveBeenCalledWith({ enabled: false, disabledSites: [] }),
    );
    fireEvent.input(screen.getByTestId('badge-site'), { target: { value: 'www.cnn.com' } });
    fireEvent.click(screen.getByTestId('badge-site-add'));
    await waitFor(() => expect(screen.getByTestId('badge-sites').textContent).toContain('cnn.com'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove cnn.com' }));
    await waitFor(() => expect(screen.queryByTestId('badge-sites')).toBeNull());
  });

  it('clears cached data and says how much', async () => {
    const client = fakeClient();
    render(<OptionsPage client={client} />);
    fireEvent.click(screen.getByTestId('clear-cache'));
    await waitFor(() =>
      expect(screen.getByTestId('clear-status').textContent).toBe(
        'Cleared 3 cached answers and the state of 2 tabs. Settings are kept.',
      ),
    );
  });

  it('shows the data sources, and reloads them when the backend address is saved', async () => {
    const client = fakeClient();
    render(<OptionsPage client={client} />);
    await screen.findByTestId('data-sources-empty');
    expect(client.loadDataSources).toHaveBeenCalledTimes(1);
    await screen.findByDisplayValue('http://127.0.0.1:8787');
    fireEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(client.loadDataSources).toHaveBeenCalledTimes(2));
  });
});
