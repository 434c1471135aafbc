import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resolveTabId } from './tab-id';

describe('resolveTabId', () => {
  beforeEach(() => fakeBrowser.reset());

  it('prefers the ?tab= parameter', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    expect(await resolveTabId('?tab=42', fakeBrowser)).toBe(42);
    expect(query).not.toHaveBeenCalled();
  });

  it('falls back to the active tab of the current window', async () => {
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValue([{ id: 5 } as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[0]]);
    expect(await resolveTabId('?tab=abc', fakeBrowser)).toBe(5);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('answers null when there is no active tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    expect(await resolveTabId('', fakeBrowser)).toBeNull();
  });
});
