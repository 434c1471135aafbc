import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeScripting } from '../../tests/fixtures/extension/fake-extension-apis';
import { emptyTabState, readTabState, writeTabState } from '../shared/tab-state-channel';
import { DETECT_TAB_SCRIPT, inspectTab } from './inspect-tab';

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  if (tab.id === undefined) throw new Error('the fake browser gave no tab id');
  return tab.id;
}

describe('inspectTab (the popup opened on a tab: click-only mode)', () => {
  let fakes: ReturnType<typeof installFakeScripting>;
  beforeEach(() => {
    fakeBrowser.reset();
    fakes = installFakeScripting();
  });

  it('runs the detection in a tab on an outlet of the index, with the source shown meanwhile', async () => {
    const tabId = await openTab('https://www.reuters.com/world/some-story-2024-05-01/');
    const state = await inspectTab(tabId);
    expect(fakes.executed).toEqual([{ tabId, files: [DETECT_TAB_SCRIPT] }]);
    expect(state).toMatchObject({ phase: 'loading', source: { id: 'reuters' } });
    expect(await readTabState(fakeBrowser, tabId)).toMatchObject({ phase: 'loading' });
    expect(await fakeBrowser.action.getBadgeText({ tabId })).not.toBe('');
    // The verdict in words on the button's title, from the index alone (no page name yet).
    expect(await fakeBrowser.action.getTitle({ tabId })).toMatch(/^Parallax: Reuters, /);
  });

  it('detects once on a site outside the index too, on the click alone, with no source card', async () => {
    const tabId = await openTab('https://www.example-blog.org/post/1');
    const state = await inspectTab(tabId);
    expect(fakes.executed).toEqual([{ tabId, files: [DETECT_TAB_SCRIPT] }]);
    expect(state).toMatchObject({
      phase: 'not-article',
      source: null,
      pageUrl: 'https://www.example-blog.org/post/1',
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
  });

  it('injects nothing where the page already reported (inline mode) or is no web page', async () => {
    const reported = await openTab('https://www.reuters.com/world/x/');
    await writeTabState(fakeBrowser, {
      ...emptyTabState(reported),
      pageUrl: 'https://www.reuters.com/world/x/',
    });
    await inspectTab(reported);
    const internal = await openTab('about:blank');
    expect(await inspectTab(internal)).toMatchObject({ pageUrl: null });
    expect(fakes.executed).toEqual([]);
  });

  it('says why when the browser refuses to run it', async () => {
    const tabId = await openTab('https://www.reuters.com/world/y/');
    fakes.scripting.executeScript.mockRejectedValueOnce(
      new Error('Cannot access contents of the page.'),
    );
    const state = await inspectTab(tabId);
    expect(state.phase).toBe('not-article');
    expect(state.message).toMatch(/could not read this page: Cannot access/);
  });
});
