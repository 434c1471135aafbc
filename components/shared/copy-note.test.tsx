// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoryArticle } from '../../core/article';
import { story, storyPreview, tabState } from '../../tests/fixtures/extension/fixtures';
import { PopupView } from '../popup/popup-view';
import { StoryPageView } from '../story-page/story-page';
import { copyNoteOf } from './copy-note';
import { RelatedArticles } from './related-articles';

afterEach(cleanup);

const [reuters, nyt, fox, blog] = story.articles as [
  StoryArticle,
  StoryArticle,
  StoryArticle,
  StoryArticle,
];
/** The fixture story where Reuters' own article was carried by the NYT and copied by a blog. */
const copied: StoryArticle[] = [
  { ...reuters, wire: 'reuters', duplicateOf: null },
  { ...nyt, wire: 'reuters', duplicateOf: reuters.id },
  { ...fox, wire: null, duplicateOf: null },
  { ...blog, wire: null, duplicateOf: nyt.id },
];
const itemOf = (title: string) => screen.getByText(title).closest('li') as HTMLElement;

describe('copyNoteOf', () => {
  it("notes wire copies and other outlets' copies, never an outlet's own article", () => {
    expect(copyNoteOf(copied[1] as StoryArticle, copied)).toEqual({
      text: 'via Reuters',
      explanation:
        "The New York Times ran this story from Reuters: the text is the wire's, not the outlet's own.",
    });
    expect(copyNoteOf(copied[3] as StoryArticle, copied)?.text).toBe(
      'same text as The New York Times',
    );
    // The wire's own article and an outlet's own report carry no note.
    expect(copyNoteOf(copied[0] as StoryArticle, copied)).toBeNull();
    expect(copyNoteOf(copied[2] as StoryArticle, copied)).toBeNull();
    // Older backends send neither field.
    expect(copyNoteOf(nyt, story.articles)).toBeNull();
  });

  it('says "syndicated copy" when the original is not in the story', () => {
    expect(copyNoteOf({ ...blog, duplicateOf: 'gone' }, copied)?.text).toBe('syndicated copy');
  });
});

describe('copy notes in the lists', () => {
  it('the related list shows "via Reuters" beside the outlet, as readable text', () => {
    render(<RelatedArticles articles={copied} />);
    const nytItem = itemOf('Budget passes after a long night');
    expect(within(nytItem).getByTestId('copy-note').textContent).toBe('via Reuters');
    // The age follows the copy note on the same line.
    expect(nytItem.querySelector('.article-item__meta')?.textContent).toMatch(
      /^The New York TimesLean Leftvia Reuters/,
    );
    expect(within(itemOf('Spending bill clears the House')).queryByTestId('copy-note')).toBeNull();
    expect(within(itemOf('Parliament passes the budget')).queryByTestId('copy-note')).toBeNull();
  });

  it('the popup names the original even when it is the article being read', () => {
    const state = tabState();
    render(<PopupView state={{ ...state, story: { ...storyPreview, articles: copied } }} />);
    const blogItem = itemOf('What the budget means for you');
    expect(within(blogItem).getByTestId('copy-note').textContent).toBe(
      'same text as The New York Times',
    );
  });

  it('the story page notes copies and counts them beside the article count', () => {
    render(
      <StoryPageView
        story={{ ...story, articles: copied, syndicatedArticles: 2 }}
        attributions={[]}
      />,
    );
    expect(screen.getAllByTestId('copy-note').map((n) => n.textContent)).toEqual(
      expect.arrayContaining(['via Reuters', 'same text as The New York Times']),
    );
    expect(screen.getByTestId('syndicated-count').textContent).toBe(
      ' (2 wire or syndicated copies)',
    );
  });

  it('the story page says nothing about copies when there are none', () => {
    render(<StoryPageView story={story} attributions={[]} />);
    expect(screen.queryByTestId('syndicated-count')).toBeNull();
    expect(screen.queryByTestId('copy-note')).toBeNull();
  });
});
