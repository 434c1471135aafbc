// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeLinkChipsClient } from '../link-chip/fake-chips-client';
import { LinkChipsOptions } from './options-link-chips';

afterEach(cleanup);

describe('LinkChipsOptions', () => {
  it('shows every site off by default', async () => {
    render(<LinkChipsOptions client={fakeLinkChipsClient()} />);
    await waitFor(() =>
      expect(screen.getByTestId('link-chips-site-google').dataset.on).toBe('false'),
    );
    expect(screen.getAllByText('off')).toHaveLength(10);
  });

  it('explains before the browser prompt, then turns the site on once access is granted', async () => {
    const client = fakeLinkChipsClient({ grant: true });
    render(<LinkChipsOptions client={client} />);
    fireEvent.click(await screen.findByTestId('link-chips-turn-on-reddit'));
    // Nothing asked yet: the explanation comes first, naming the hosts the prompt will name.
    expect(client.asked).toEqual([]);
    expect(screen.getByTestId('link-chips-explanation').textContent).toContain(
      'www.reddit.com, old.reddit.com',
    );
    fireEvent.click(screen.getByTestId('link-chips-continue'));
    expect(client.asked).toEqual(['reddit']);
    await waitFor(() =>
      expect(screen.getByTestId('link-chips-site-reddit').dataset.on).toBe('true'),
    );
    expect(await client.loadChipSites()).toEqual(['reddit']);
  });

  it('keeps the site off when the browser refuses, and says so', async () => {
    const client = fakeLinkChipsClient({ grant: false });
    render(<LinkChipsOptions client={client} />);
    fireEvent.click(await screen.findByTestId('link-chips-turn-on-x'));
    fireEvent.click(screen.getByTestId('link-chips-continue'));
    await waitFor(() =>
      expect(screen.getByTestId('link-chips-note').textContent).toContain('did not allow'),
    );
    expect(await client.loadChipSites()).toEqual([]);
  });

  it('turns a site off', async () => {
    const client = fakeLinkChipsClient({ sites: ['google'] });
    render(<LinkChipsOptions client={client} />);
    await waitFor(() =>
      expect(screen.getByTestId('link-chips-site-google').dataset.on).toBe('true'),
    );
    fireEvent.click(screen.getByText('Turn off'));
    await waitFor(() =>
      expect(screen.getByTestId('link-chips-site-google').dataset.on).toBe('false'),
    );
  });
});
