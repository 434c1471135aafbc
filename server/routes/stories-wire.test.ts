import { expect, it } from 'vitest';
import { Story } from '../../core/story';
import type { ArticleInput } from '../store/records';
import { testApp } from '../testing/test-app';
import { describeEachBackend } from '../testing/test-databases';

function article(id: string, fields: Partial<ArticleInput>): ArticleInput {
  return {
    id,
    url: `https://example.org/${id}`,
    title: 'Senate approves budget framework',
    outlet: null,
    sourceId: null,
    publishedAt: '2021-08-11T06:00:00Z',
    storyId: 'budget',
    text: null,
    ...fields,
  };
}

describeEachBackend('GET /v1/stories/:id wire copy', (_kind, createDatabase) => {
  const app = testApp(createDatabase, {
    fill: async (store) => {
      await store.stories.storeArticles([
        article('ap', {
          url: 'https://apnews.com/article/budget',
          sourceId: 'associated-press',
          wire: 'ap',
        }),
        article('cnn', { url: 'https://www.cnn.com/budget', sourceId: 'cnn', wire: 'ap' }),
        article('fox', {
          url: 'https://www.foxnews.com/budget',
          sourceId: 'fox-news',
          duplicateOf: 'cnn',
        }),
        article('own', { url: 'https://www.npr.org/budget', sourceId: 'npr' }),
      ]);
    },
  });

  it("serves each article's wire and original, and the count of syndicated articles", async () => {
    const response = await app.inject('/v1/stories/budget');
    expect(response.statusCode).toBe(200);
    const story = Story.parse(response.json());
    const fields = Object.fromEntries(
      story.articles.map((a) => [a.id, { wire: a.wire, duplicateOf: a.duplicateOf }]),
    );
    expect(fields).toEqual({
      ap: { wire: 'ap', duplicateOf: null },
      cnn: { wire: 'ap', duplicateOf: null },
      fox: { wire: null, duplicateOf: 'cnn' },
      own: { wire: null, duplicateOf: null },
    });
    // The AP's own article is not a copy; CNN's AP copy and Fox's copy of it are.
    expect(story.syndicatedArticles).toBe(2);
    // Coverage counts outlets, copies included (core/story.ts).
    expect(story.coverage.totalOutlets).toBe(4);
  });
});
