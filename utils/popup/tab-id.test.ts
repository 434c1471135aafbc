import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resolveTabId } from './tab-id';

describe('resolveTabId', () => {
  beforeEach(() => fakeBrowser.reset());

  it('prefers the ?tab= parameter', async () => {
    expect(await resolveTabId('?tab=42')).toBe(42);
  });

  it('falls back to the active tab of the current window', async () => {
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValue([{ id: 5 } as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[0]]);
    expect(await resolveTabId('?tab=abc')).toBe(5);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });
});
