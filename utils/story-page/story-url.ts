import { browser } from 'wxt/browser';

/** The story page's address for a story id: linkable, e.g. …/story.html?id=e2e-water-treaty. */
export function storyPageUrl(storyId: string): string {
  return browser.runtime.getURL(`/story.html?id=${encodeURIComponent(storyId)}`);
}

/** The story id a story page was opened for; null when absent. */
export function storyIdFrom(search: string): string | null {
  const id = new URLSearchParams(search).get('id');
  return id && id.length <= 200 ? id : null;
}
