// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BadgeSettings } from '../../core/settings';
import { BadgeAccess, type BadgeAccessClient } from './badge-access';

afterEach(cleanup);

function setup({ granted = false, grants = true, enabled = false } = {}) {
  let access = granted;
  let changed: () => void = () => {};
  const client: BadgeAccessClient = {
    hostAccess: vi.fn(async () => access),
    requestHostAccess: vi.fn(async () => {
      access = grants;
      return grants;
    }),
    onAccessChanged: vi.fn((listener: () => void) => {
      changed = listener;
      return () => {};
    }),
  };
  let badge: BadgeSettings = { enabled, disabledSites: [] };
  const onSave = vi.fn(async (next: BadgeSettings) => {
    badge = next;
    view.rerender(<BadgeAccess client={client} badge={badge} onSave={onSave} reload={reload} />);
  });
  const reload = vi.fn(async () => {
    view.rerender(<BadgeAccess client={client} badge={badge} onSave={onSave} reload={reload} />);
  });
  const view = render(
    <BadgeAccess client={client} badge={badge} onSave={onSave} reload={reload} />,
  );
  return {
    client,
    onSave,
    reload,
    revoke: () => {
      access = false;
      badge = { ...badge, enabled: false };
      changed();
    },
  };
}

const mode = () => screen.getByTestId('badge-mode').getAttribute('data-mode');

describe('BadgeAccess', () => {
  it('is click-only by default and explains before the browser is asked', async () => {
    const { client } = setup();
    expect(mode()).toBe('click-only');
    fireEvent.click(screen.getByTestId('badge-turn-on'));
    const explanation = screen.getByTestId('badge-explanation');
    expect(explanation.textContent).toContain('only on the sites of the news outlets');
    expect(explanation.textContent).toContain('What it sends:');
    expect(client.requestHostAccess).not.toHaveBeenCalled();

    fireEvent.click(screen.getByTestId('badge-not-now'));
    expect(screen.queryByTestId('badge-explanation')).toBeNull();
    expect(client.requestHostAccess).not.toHaveBeenCalled();
  });

  it('asks within the click, then turns the badge on when granted', async () => {
    const { client, onSave } = setup();
    fireEvent.click(screen.getByTestId('badge-turn-on'));
    fireEvent.click(screen.getByTestId('badge-allow'));
    // Synchronously, in the click's own handler (Firefox's user-input rule).
    expect(client.requestHostAccess).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(mode()).toBe('inline'));
    expect(onSave).toHaveBeenCalledWith({ enabled: true, disabledSites: [] });
    expect(screen.getByTestId('badge-access-status').textContent).toMatch(/badge is on/);
  });

  it('stays click-only when the reader refuses, and says so', async () => {
    const { onSave } = setup({ grants: false });
    fireEvent.click(screen.getByTestId('badge-turn-on'));
    fireEvent.click(screen.getByTestId('badge-allow'));
    await waitFor(() =>
      expect(screen.getByTestId('badge-access-status').textContent).toMatch(/stays click-only/),
    );
    expect(onSave).not.toHaveBeenCalled();
    expect(mode()).toBe('click-only');
  });

  it('follows a revocation made elsewhere back to click-only', async () => {
    const { revoke, reload } = setup({ granted: true, enabled: true });
    await waitFor(() => expect(mode()).toBe('inline'));
    revoke();
    await waitFor(() => expect(mode()).toBe('click-only'));
    expect(reload).toHaveBeenCalled();
    expect(screen.getByTestId('badge-access-status').textContent).toMatch(/taken back/);
  });

  it('says when the setting is on but the access is gone', async () => {
    setup({ granted: false, enabled: true });
    await waitFor(() => expect(screen.getByTestId('badge-access-missing')).toBeTruthy());
  });

  it('turns the badge off without asking anything', async () => {
    const { onSave, client } = setup({ granted: true, enabled: true });
    await waitFor(() => expect(mode()).toBe('inline'));
    fireEvent.click(screen.getByTestId('badge-turn-off'));
    await waitFor(() => expect(mode()).toBe('click-only'));
    expect(onSave).toHaveBeenCalledWith({ enabled: false, disabledSites: [] });
    expect(client.requestHostAccess).not.toHaveBeenCalled();
  });
});
