// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setTheme } from '../settings';
import { followTheme } from './follow-theme';

describe('followTheme', () => {
  let root: HTMLElement;
  beforeEach(() => {
    fakeBrowser.reset();
    root = document.createElement('html');
  });

  it('applies the theme read early', async () => {
    await followTheme(fakeBrowser, root, Promise.resolve('dark'));
    expect(root.getAttribute('data-theme')).toBe('dark');
  });

  it('follows the system when nothing valid is stored or the read failed', async () => {
    root.setAttribute('data-theme', 'light');
    await followTheme(fakeBrowser, root, Promise.resolve('purple'));
    expect(root.hasAttribute('data-theme')).toBe(false);
    root.setAttribute('data-theme', 'light');
    await followTheme(fakeBrowser, root, Promise.reject(new Error('gone')));
    expect(root.hasAttribute('data-theme')).toBe(false);
  });

  it('follows a change made in Options while the surface is open, until stopped', async () => {
    const stop = await followTheme(fakeBrowser, root, Promise.resolve('light'));
    await setTheme('dark');
    expect(root.getAttribute('data-theme')).toBe('dark');
    stop();
    await setTheme('light');
    expect(root.getAttribute('data-theme')).toBe('dark');
  });

  it('reads the stored theme itself when no early read is given', async () => {
    await setTheme('dark');
    await followTheme(fakeBrowser, root);
    expect(root.getAttribute('data-theme')).toBe('dark');
  });

  it('keeps a change that arrives while the early read is still pending', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const pending = new Promise<unknown>((resolve) => {
      answer = resolve;
    });
    const following = followTheme(fakeBrowser, root, pending);
    await setTheme('dark');
    answer('light');
    await following;
    expect(root.getAttribute('data-theme')).toBe('dark');
  });
});
