// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { coverageOf } from '../../core/coverage';
import type { TabState } from '../../core/messages';
import { storyPreview as story, tabState } from '../../tests/fixtures/extension/fixtures';
import { localSourceFor } from '../../utils/background/source-index/local-index';
import { PopupApp, type PopupClient } from './popup-app';
import { PopupView } from './popup-view';

afterEach(cleanup);

const state = (testId: string) => screen.getByTestId(testId);
const stateKind = () => state('state-message').getAttribute('data-state');

describe('PopupView states', () => {
  it('labels the opinion piece being read beside its outlet, on the card and in its group', () => {
    const detected = tabState().detected;
    if (!detected) throw new Error('fixture has a detected article');
    render(<PopupView state={tabState({ detected: { ...detected, type: 'opinion' } })} />);
    expect(state('source-name').textContent).toContain('Opinion');
    const reading = state('reading-this');
    expect(reading.querySelector('[data-testid="article-kind"]')?.textContent).toBe(', Opinion');
  });

  it('labels the other outlets’ articles by the kind the backend stored', () => {
    const articles = story.articles.map((a, i) =>
      i === 1 ? { ...a, kind: 'live-blog' as const } : a,
    );
    render(<PopupView state={tabState({ story: { ...story, articles } })} />);
    const labels = screen.getAllByTestId('article-kind').map((el) => el.textContent);
    expect(labels).toEqual([', Live']);
  });

  it('shows a loading skeleton before the background answers', () => {
    render(<PopupView state={null} />);
    expect(state('loading')).toBeTruthy();
  });

  it('names a news site no rater covers, and copies a report that sends nothing', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    const pageUrl = 'https://www.example-gazette.com/2026/11/30/council-votes';
    render(
      <PopupView
        writeText={writeText}
        state={tabState({
          phase: 'not-article',
          source: null,
          pageUrl,
          siteName: 'The Example Gazette',
          detected: {
            url: pageUrl,
            title: 'Council votes to close the bridge',
            outlet: 'The Example Gazette',
            publishedAt: null,
          },
        })}
      />,
    );
    expect(stateKind()).toBe('not-rated');
    expect(state('state-message').textContent).toContain('A news outlet no rater covers yet');
    expect(state('site-name').textContent).toBe('The Example Gazette');
    expect(state('site-host').textContent).toBe('www.example-gazette.com');
    expect(state('unknown-site').getAttribute('data-kind')).toBe('news-unrated');
    expect(screen.queryByTestId('source-card')).toBeNull();
    // Nothing is copied, let alone sent, until the reader asks.
    expect(writeText).not.toHaveBeenCalled();
    fireEvent.click(state('copy-report-button'));
    await waitFor(() => expect(state('copy-report-status').textContent).toMatch(/^Copied/));
    const report = writeText.mock.calls[0]?.[0] ?? '';
    expect(report).toContain('Site: www.example-gazette.com');
    expect(report).toContain('Name the site gives itself: The Example Gazette');
    expect(report).toContain('Page title: Council votes to close the bridge');
    expect(report).toContain('Why: Parallax found a news article here');
    // The address may carry the reader's own tokens: the host is enough.
    expect(report).not.toContain('/2026/11/30/');
  });

  it('names a site that is not a news site, differently from an unrated outlet', () => {
    render(
      <PopupView
        state={tabState({
          phase: 'not-article',
          source: null,
          detected: null,
          pageUrl: 'https://docs.example.org/guide/install',
          siteName: 'Example Docs',
        })}
      />,
    );
    expect(stateKind()).toBe('not-article');
    expect(state('state-message').textContent).toContain('This doesn’t look like a news article');
    expect(state('site-name').textContent).toBe('Example Docs');
    expect(state('site-host').textContent).toBe('docs.example.org');
    expect(state('unknown-site').getAttribute('data-kind')).toBe('not-news');
    expect(state('copy-report')).toBeTruthy();
  });

  it.each(['loading', 'not-article'] as const)(
    'shows a skeleton while an unknown page is being read (%s), not a verdict',
    (phase) => {
      const pageUrl = 'https://blog.example.net/';
      render(<PopupView state={tabState({ phase, source: null, detected: null, pageUrl })} />);
      expect(state('loading')).toBeTruthy();
      expect(screen.queryByTestId('unknown-site')).toBeNull();
    },
  );

  it('names a site outside the index, and shows the report to copy by hand when the clipboard refuses', async () => {
    const writeText = vi.fn(async () => {
      throw new Error('denied');
    });
    render(
      <PopupView
        writeText={writeText}
        state={tabState({
          phase: 'not-article',
          source: null,
          detected: null,
          pageUrl: 'https://blog.example.net/',
          message: 'Parallax could not read this page: Cannot access contents of the page.',
        })}
      />,
    );
    // The page could not be read: no verdict, the reason, and the host as its only name.
    expect(stateKind()).toBe('unknown-outlet');
    expect(state('unknown-site').getAttribute('data-kind')).toBe('unchecked');
    expect(state('state-message').textContent).toContain('Parallax couldn’t read this page');
    expect(state('unknown-site-problem').textContent).toContain('Cannot access contents');
    expect(state('site-host').textContent).toBe('blog.example.net');
    expect(screen.queryByTestId('site-name')).toBeNull();
    fireEvent.click(state('copy-report-button'));
    await waitFor(() =>
      expect((state('copy-report-text') as HTMLTextAreaElement).value).toContain(
        'Site: blog.example.net',
      ),
    );
  });

  it('says nothing was read on a tab with no page', () => {
    render(<PopupView state={tabState({ phase: 'not-article', source: null, pageUrl: null })} />);
    expect(stateKind()).toBe('unknown-outlet');
    expect(state('state-message').textContent).toContain('Parallax has not read this page');
  });

  it("shows an article read on a portal as its outlet's, via the portal", () => {
    render(
      <PopupView state={tabState({ phase: 'ready', via: { host: 'www.msn.com', name: 'MSN' } })} />,
    );
    expect(state('source-name').textContent).toBe('Reuters via MSN');
  });

  it("lists the reader's own portal copy in the story as the outlet's, via the portal", () => {
    const base = tabState();
    if (!base.detected) throw new Error('the fixture has a detection');
    const url = 'https://reuters.com/world/not-in-the-preview-2024-05-01';
    render(
      <PopupView
        state={tabState({
          via: { host: 'www.msn.com', name: 'MSN' },
          articleId: null,
          detected: { ...base.detected, url },
        })}
      />,
    );
    fireEvent.click(state('filter-center'));
    expect(state('related-center').textContent).toContain('Reuters via MSN');
  });

  it('offers a report beside an outlet the index holds without any rating', () => {
    const reuters = tabState().source;
    if (!reuters) throw new Error('the fixture has a source');
    const unrated = { ...reuters, ratings: [], position: null };
    render(<PopupView state={tabState({ phase: 'ready', story: null, source: unrated })} />);
    expect(state('bias-label').textContent).toBe('Not rated yet');
    expect(state('copy-report')).toBeTruthy();
  });

  it('says a catalog page that is not an article is not one, with the source card', () => {
    render(<PopupView state={tabState({ phase: 'not-article', detected: null, story: null })} />);
    expect(stateKind()).toBe('not-article');
    expect(state('source-name').textContent).toBe('Reuters');
  });

  it('shows the source and a skeleton while loading', () => {
    render(<PopupView state={tabState({ phase: 'loading', story: null })} />);
    expect(state('bias-label').textContent).toBe('Center');
    expect(state('loading')).toBeTruthy();
  });

  it('shows source, coverage and related articles grouped by leaning when ready', () => {
    render(<PopupView state={tabState()} />);
    expect(state('source-card').textContent).toContain('AllSides');
    expect(state('attribution').textContent).toMatch(/AllSides\.com.*CC BY-NC 4\.0/);
    expect(state('bias-scale').getAttribute('aria-label')).toMatch(/^Center/);
    expect(state('story-title').textContent).toBe(story.title);
    // nytimes (lean left), reuters (center), fox (right) + one unrated blog.
    expect(state('coverage-left').textContent).toMatch(/Left\s*1\s*33%/);
    expect(state('coverage-center').textContent).toMatch(/Center\s*1\s*33%/);
    expect(state('coverage-right').textContent).toMatch(/Right\s*1\s*33%/);
    expect(state('outlet-count').textContent).toContain('4 outlets');
    // The article being read is shown in its group, and counted there as the bar counts it.
    expect(state('related-center').textContent).toContain('(1 outlet)');
    expect(state('reading-this').textContent).toContain("You're reading this");
    expect(state('related-center').contains(state('reading-this'))).toBe(true);
    for (const side of ['left', 'center', 'right'] as const) {
      const bar = state(`coverage-${side}`).querySelector('strong')?.textContent;
      expect(state(`related-${side}`).textContent).toContain(`(${bar} outlet`);
    }
    expect(state('related-left').textContent).toContain('The New York Times');
    expect(state('related-right').textContent).toContain('Spending bill clears the House');
    expect(state('related-unrated').textContent).toContain('Some Blog');
    const link = screen.getByRole('link', { name: 'Spending bill clears the House' });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('filters related coverage by side and shows chips and how long ago', () => {
    const now = Date.parse('2024-05-01T12:00:00Z');
    render(<PopupView state={tabState()} now={now} />);
    expect(screen.getAllByTestId('time-ago')[0]?.textContent).toBe('3 hours ago');
    expect(screen.getAllByTestId('bias-chip').map((chip) => chip.textContent)).toContain(
      'Lean Left',
    );
    fireEvent.click(state('filter-right'));
    expect(state('filter-right').getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByTestId('related-left')).toBeNull();
    expect(state('related-right').textContent).toContain('Spending bill clears the House');
    fireEvent.click(state('filter-all'));
    expect(state('related-left')).toBeTruthy();
  });

  it('opens the full story by id, and shows blindspot and overview when the story has them', () => {
    const onOpenStory = vi.fn();
    const richer = { ...story, blindspot: 'left' as const, overview: ['The House voted.'] };
    render(<PopupView state={tabState({ story: richer })} onOpenStory={onOpenStory} />);
    expect(state('blindspot').textContent).toBe('Blindspot: little left coverage');
    expect(state('story-overview').textContent).toBe('The House voted.');
    fireEvent.click(state('open-story'));
    expect(onOpenStory).toHaveBeenCalledWith('story-1');
  });

  it('says when no other outlet covers the article yet', () => {
    render(<PopupView state={tabState({ story: null })} />);
    expect(stateKind()).toBe('no-story');
    expect(state('state-message').textContent).toContain(
      "No other outlets' coverage found for this article yet",
    );
    expect(state('source-card')).toBeTruthy();
  });

  it('keeps the source card and offers Retry when the backend is unreachable', () => {
    const onRetry = vi.fn();
    const message = "Can't reach the Parallax backend at http://127.0.0.1:8787. Is it running?";
    render(
      <PopupView
        state={tabState({ phase: 'backend-unreachable', story: null, message })}
        onRetry={onRetry}
      />,
    );
    expect(stateKind()).toBe('backend-unreachable');
    expect(state('state-message').textContent).toContain(message);
    expect(state('source-card')).toBeTruthy();
    fireEvent.click(state('retry-button'));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('shows the backend error message with Retry', () => {
    render(
      <PopupView
        state={tabState({ phase: 'backend-error', story: null, message: 'Migrating.' })}
      />,
    );
    expect(stateKind()).toBe('backend-error');
    expect(state('state-message').textContent).toContain('Migrating.');
    expect(state('retry-button')).toBeTruthy();
  });

  it('says when the outlet is on the catalog but not rated', () => {
    const source = localSourceFor('https://reuters.com');
    if (!source) throw new Error('catalog lost Reuters');
    const unrated = { ...source, ratings: [], position: null };
    render(<PopupView state={tabState({ source: unrated, story: null })} />);
    expect(state('bias-label').textContent).toBe('Not rated yet');
    // Said once: no second "not rated" message, and no empty scale under the label.
    expect(document.body.textContent?.match(/not rated/gi)).toHaveLength(1);
    expect(screen.queryByTestId('bias-scale')).toBeNull();
    expect(state('provenance').textContent).toMatch(/no rater/i);
  });

  it('says how many more outlets a side has than the preview lists', () => {
    const coverage = { ...story.coverage, totalOutlets: 9 };
    coverage.threeWay = { ...coverage.threeWay, right: 6 };
    render(<PopupView state={tabState({ story: { ...story, coverage } })} />);
    expect(state('related-right').textContent).toContain('(6 outlets)');
    expect(state('related-more').textContent).toBe('and 5 more outlets on the story page');
  });

  it('adds the article being read when the preview does not carry it', () => {
    const others = story.articles.filter((a) => a.source?.name !== 'Reuters');
    render(
      <PopupView
        state={tabState({ articleId: 'not-in-preview', story: { ...story, articles: others } })}
      />,
    );
    expect(state('related-center').contains(state('reading-this'))).toBe(true);
    expect(screen.queryByTestId('related-more')).toBeNull();
  });

  it('flags raters who disagree', () => {
    const source = localSourceFor('https://reuters.com');
    if (!source) throw new Error('catalog lost Reuters');
    render(<PopupView state={tabState({ source: { ...source, ratersDisagree: true } })} />);
    expect(state('raters-disagree')).toBeTruthy();
  });

  it('reports 0% rather than NaN for a story with only unrated outlets', () => {
    const unratedStory = { ...story, coverage: coverageOf(new Map([['blog', null]])) };
    render(<PopupView state={tabState({ story: unratedStory })} />);
    expect(state('coverage-left').textContent).toContain('0%');
    expect(state('outlet-count').textContent).toContain('1 unrated');
  });
});

/** A client whose tab state the test changes, as the background's writes would. */
function followableClient(first: TabState | null, retryAnswer: TabState = tabState()) {
  let push: (state: TabState) => void = () => undefined;
  const client: PopupClient = {
    followTabState: vi.fn((_tabId, onState) => {
      push = onState;
      if (first) onState(first);
      return () => {
        push = () => undefined;
      };
    }),
    retry: vi.fn(async () => retryAnswer),
  };
  return { client, change: (state: TabState) => push(state) };
}

describe('PopupApp', () => {
  it('follows the tab’s state: loading, then the answer when the background writes it', async () => {
    const { client, change } = followableClient(tabState({ phase: 'loading', story: null }));
    render(<PopupApp tabId={7} client={client} />);
    await waitFor(() => expect(state('loading')).toBeTruthy());
    change(tabState());
    await waitFor(() => expect(state('popup').getAttribute('data-phase')).toBe('ready'));
    expect(state('story-card')).toBeTruthy();
    expect(client.followTabState).toHaveBeenCalledOnce();
    expect(client.followTabState).toHaveBeenCalledWith(
      7,
      expect.any(Function),
      expect.any(Function),
    );
  });

  it('shows a state read before the first render at once', () => {
    const { client } = followableClient(null);
    render(<PopupApp tabId={7} client={client} initialState={tabState()} />);
    // Synchronously, in the first render: no skeleton frame before the answer.
    expect(state('popup').getAttribute('data-phase')).toBe('ready');
    expect(state('story-card')).toBeTruthy();
  });

  it('stops following when it goes away', () => {
    const stop = vi.fn();
    const client: PopupClient = { followTabState: vi.fn(() => stop), retry: vi.fn() };
    const { unmount } = render(<PopupApp tabId={7} client={client} />);
    unmount();
    expect(stop).toHaveBeenCalledOnce();
  });

  it('retries through the client and shows the new state', async () => {
    const { client } = followableClient(tabState({ phase: 'backend-error', message: 'Down.' }));
    render(<PopupApp tabId={7} client={client} />);
    fireEvent.click(await screen.findByTestId('retry-button'));
    await waitFor(() => expect(state('story-card')).toBeTruthy());
    expect(client.retry).toHaveBeenCalledWith(7);
  });

  it('explains when the tab’s state cannot be read', async () => {
    const client: PopupClient = {
      followTabState: vi.fn((_tabId, _onState, onError) => {
        onError(new Error('Storage is gone.'));
        return () => undefined;
      }),
      retry: vi.fn(),
    };
    render(<PopupApp tabId={7} client={client} />);
    expect((await screen.findByTestId('state-message')).textContent).toContain('Storage is gone.');
  });
});
