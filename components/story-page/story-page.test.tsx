// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledSources } from '../../core/bundled-catalog';
import type { StoryAnswer } from '../../core/messages';
import { story } from '../../tests/fixtures/extension/fixtures';
import { groupingReason } from './grouping-reason';
import { attributionsFor, StoryPageView } from './story-page';
import { type StoryClient, StoryPageApp } from './story-page-app';

afterEach(cleanup);
const byTestId = (id: string) => screen.getByTestId(id);

describe('StoryPageView', () => {
  it('says why the articles are grouped, and labels and counts the opinion pieces left out', () => {
    const articles = story.articles.map((a, i) =>
      i === 0 ? { ...a, kind: 'opinion' as const } : a,
    );
    const grouped = {
      ...story,
      articles,
      grouping: { placed: 4, terms: ['budget', 'parliament'] },
    };
    render(<StoryPageView story={grouped} attributions={[]} />);
    expect(byTestId('grouping-reason').textContent).toBe(
      'Grouped because they share: budget and parliament.',
    );
    expect(
      byTestId('story-articles').querySelectorAll('[data-testid="article-kind"]'),
    ).toHaveLength(1);
    expect(byTestId('framing-opinion-note').textContent).toContain('The opinion piece is left out');
  });

  it('says nothing of the grouping when the view carries none', () => {
    render(<StoryPageView story={story} attributions={[]} />);
    expect(screen.queryByTestId('grouping-reason')).toBeNull();
    expect(screen.queryByTestId('framing-opinion-note')).toBeNull();
  });

  it('groups the seven-point rows under the three-way totals the coverage bar shows', () => {
    render(<StoryPageView story={story} attributions={[]} />);
    for (const side of ['left', 'center', 'right'] as const) {
      const bar = byTestId(`coverage-${side}`).querySelector('strong')?.textContent;
      expect(byTestId(`chart-side-${side}`).textContent).toMatch(new RegExp(`\\s${bar}$`));
    }
  });

  it('shows no time of day for dates that have none', () => {
    const dated = {
      ...story,
      firstSeen: '2026-11-20T00:00:00.000Z',
      lastUpdated: '2026-11-21T00:00:00Z',
      articles: story.articles.map((a) => ({ ...a, publishedAt: '2026-11-20T00:00:00Z' })),
    };
    const { container } = render(<StoryPageView story={dated} attributions={[]} />);
    expect(container.textContent).toContain('Nov 20, 2026');
    expect(container.textContent).not.toMatch(/12:00|AM|PM/);
  });

  it('counts every article by leaning and lists them', () => {
    render(<StoryPageView story={story} attributions={[]} />);
    expect(byTestId('articles-heading').textContent).toBe(
      'Articles (4) · Left (1) · Center (1) · Right (1) · Not rated (1)',
    );
    expect(byTestId('articles-left').textContent).toContain('Budget passes after a long night');
    expect(byTestId('timeline').querySelectorAll('li')).toHaveLength(4);
  });

  it('shows honest empty states when the backend gives no overview or framing', () => {
    render(<StoryPageView story={story} attributions={[]} />);
    expect(byTestId('overview-empty').textContent).toMatch(/too little text to summarise/);
    expect(byTestId('framing-empty').textContent).toMatch(/Not enough text yet from both/);
    expect(screen.queryByTestId('blindspot')).toBeNull();
  });

  it('shows overview bullets, framing terms per side and the blindspot when present', () => {
    const full = {
      ...story,
      overview: ['The budget passed.', 'It funds schools.'],
      blindspot: 'right' as const,
      framing: { left: ['austerity'], center: [], right: ['tax hike'] },
    };
    render(<StoryPageView story={full} attributions={[]} />);
    expect(byTestId('overview').querySelectorAll('li')).toHaveLength(2);
    expect(byTestId('framing-left').textContent).toContain('austerity');
    expect(byTestId('framing-center').textContent).toMatch(/Too little center coverage/);
    expect(byTestId('blindspot').textContent).toBe('Blindspot: little right coverage');
  });

  it('attributes the ratings behind the story outlets', () => {
    const texts = attributionsFor(story, bundledSources);
    expect(texts.some((text) => /AllSides.*CC BY-NC 4\.0/.test(text))).toBe(true);
    render(<StoryPageView story={story} attributions={texts} />);
    expect(screen.getAllByTestId('attribution').length).toBe(texts.length);
  });

  it('says that opening it asked the backend for this one story', () => {
    render(<StoryPageView story={story} attributions={[]} />);
    expect(byTestId('story-privacy').textContent).toMatch(/asked your backend for this one story/);
  });
});

describe('StoryPageApp', () => {
  it('asks the background for the story and renders it', async () => {
    const client: StoryClient = { getStory: vi.fn(async () => ({ found: true as const, story })) };
    render(<StoryPageApp storyId="story-1" client={client} sources={[]} />);
    // A screen reader hears what is loading: the story, not the popup's coverage search.
    expect(byTestId('loading').textContent).toBe('Loading the story and its coverage…');
    await screen.findByTestId('story-page');
    expect(client.getStory).toHaveBeenCalledWith('story-1');
  });

  it('explains a missing story and retries', async () => {
    const answers: StoryAnswer[] = [
      { found: false, message: 'The Parallax backend no longer knows this story.' },
      { found: true, story },
    ];
    const client: StoryClient = {
      getStory: vi.fn(async () => answers.shift() ?? { found: true as const, story }),
    };
    render(<StoryPageApp storyId="story-1" client={client} sources={[]} />);
    expect((await screen.findByTestId('state-message')).textContent).toContain('no longer knows');
    fireEvent.click(byTestId('retry-button'));
    await waitFor(() => expect(byTestId('story-page')).toBeTruthy());
  });

  it('says so when the address carries no story id', () => {
    render(<StoryPageApp storyId={null} client={{ getStory: vi.fn() }} sources={[]} />);
    expect(byTestId('state-message').textContent).toMatch(/needs \?id=/);
  });
});

describe('groupingReason', () => {
  it('names the shared terms, and how many articles Parallax matched when not all', () => {
    expect(
      groupingReason({ placed: 3, terms: ['Gaza ceasefire', 'Netanyahu', 'hostages'] }, 3),
    ).toBe('Grouped because they share: Gaza ceasefire, Netanyahu and hostages.');
    expect(groupingReason({ placed: 1, terms: ['great lakes', 'treaty'] }, 9)).toBe(
      'Grouped because they share: great lakes and treaty. Parallax matched 1 of the 9 articles ' +
        'by these words; the other 8 came grouped in the data they were imported from.',
    );
  });

  it('says the grouping came with the data when Parallax matched none, and nothing when unknown', () => {
    expect(groupingReason(null, 5)).toBe(
      'These articles came grouped in the data they were imported from; Parallax did not match them itself.',
    );
    expect(groupingReason(undefined, 5)).toBeNull();
    // A story of one article opened by the clusterer: no match, so no words to give.
    expect(groupingReason({ placed: 1, terms: [] }, 1)).toBeNull();
  });
});
