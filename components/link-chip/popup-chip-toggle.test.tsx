// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeLinkChipsClient } from './fake-chips-client';
import { PopupChipToggle } from './popup-chip-toggle';

afterEach(cleanup);

describe('PopupChipToggle', () => {
  it('says nothing on a page that is not a supported surface', async () => {
    const client = fakeLinkChipsClient();
    const { container } = render(
      <PopupChipToggle
        pageUrl="https://www.reuters.com/world/x/"
        loadClient={async () => client}
      />,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.textContent).toBe('');
  });

  it('turns chips on for the tab’s site after the explanation and the granted access', async () => {
    const client = fakeLinkChipsClient({ grant: true });
    render(
      <PopupChipToggle pageUrl="https://news.ycombinator.com/" loadClient={async () => client} />,
    );
    fireEvent.click(await screen.findByTestId('popup-chip-turn-on'));
    expect(client.asked).toEqual([]);
    fireEvent.click(screen.getByTestId('link-chips-continue'));
    expect(client.asked).toEqual(['hacker-news']);
    await waitFor(() => expect(screen.getByTestId('popup-chip-toggle').dataset.on).toBe('true'));
    fireEvent.click(screen.getByText('Turn off on this site'));
    await waitFor(() => expect(screen.getByTestId('popup-chip-toggle').dataset.on).toBe('false'));
  });
});
