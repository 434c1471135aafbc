// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setTheme } from '../shared/settings';
import { followStoredTheme } from './popup-theme';

describe('followStoredTheme', () => {
  let root: HTMLElement;
  beforeEach(() => {
    fakeBrowser.reset();
    root = document.createElement('html');
  });

  it('applies the theme read early', async () => {
    await followStoredTheme(fakeBrowser, Promise.resolve('dark'), root);
    expect(root.getAttribute('data-theme')).toBe('dark');
  });

  it('follows the system when nothing valid is stored or the read failed', async () => {
    root.setAttribute('data-theme', 'light');
    await followStoredTheme(fakeBrowser, Promise.resolve('purple'), root);
    expect(root.hasAttribute('data-theme')).toBe(false);
    root.setAttribute('data-theme', 'light');
    await followStoredTheme(fakeBrowser, Promise.reject(new Error('gone')), root);
    expect(root.hasAttribute('data-theme')).toBe(false);
  });

  it('follows a change made in Options while the popup is open', async () => {
    await followStoredTheme(fakeBrowser, Promise.resolve('light'), root);
    await setTheme('dark');
    expect(root.getAttribute('data-theme')).toBe('dark');
  });

  it('keeps a change that arrives while the early read is still pending', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const pending = new Promise<unknown>((resolve) => {
      answer = resolve;
    });
    const following = followStoredTheme(fakeBrowser, pending, root);
    await setTheme('dark');
    answer('light');
    await following;
    expect(root.getAttribute('data-theme')).toBe('dark');
  });
});
