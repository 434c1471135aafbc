import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../testing/test-databases';
import { openTestStore, type TestStore } from '../testing/test-store';
import { dropEmptyStories } from './migrations/0008-drop-empty-stories';
import { type OpenDatabase, openDatabase } from './open-database';
import type { ArticleInput } from './records';

function article(id: string, overrides: Partial<ArticleInput> = {}): ArticleInput {
  return {
    id,
    url: `https://www.cnn.com/2021/08/11/politics/${id}`,
    title: `Senate passes budget ${id}`,
    outlet: 'CNN',
    sourceId: 'cnn',
    publishedAt: '2021-08-11T06:00:00.000Z',
    storyId: 'wire-story',
    text: `Text of ${id}`,
    ...overrides,
  };
}

describeEachBackend(
  'wire attribution and emptied stories in the store',
  (_kind, createDatabase) => {
    let store: TestStore;
    /** A second handle, for the migration test below only: it runs a migration by hand. */
    let raw: OpenDatabase;
    beforeAll(async () => {
      const database = await createDatabase();
      store = await openTestStore(database);
      raw = await openDatabase(database.config);
    });
    afterAll(async () => {
      await raw?.db.destroy();
      await store?.close();
    });

    it('stores wire and duplicate_of and serves them with a count of syndicated articles', async () => {
      await store.stories.storeArticles([
        article('ap-own', {
          url: 'https://apnews.com/article/budget',
          outlet: 'AP',
          sourceId: 'associated-press',
          wire: 'ap',
          publishedAt: '2021-08-11T05:00:00.000Z',
        }),
        article('cnn-copy', { wire: 'ap', duplicateOf: 'ap-own' }),
        article('fox-copy', {
          url: 'https://www.foxnews.com/politics/budget',
          outlet: 'Fox News',
          sourceId: 'fox-news',
          duplicateOf: 'cnn-copy',
        }),
        article('own-report', { url: 'https://www.nytimes.com/x', sourceId: 'new-york-times' }),
      ]);
      const story = await store.stories.story('wire-story');
      const byId = new Map(story?.articles.map((a) => [a.id, a]));
      expect(byId.get('ap-own')).toMatchObject({ wire: 'ap', duplicateOf: null });
      expect(byId.get('cnn-copy')).toMatchObject({ wire: 'ap', duplicateOf: 'ap-own' });
      expect(byId.get('fox-copy')).toMatchObject({ wire: null, duplicateOf: 'cnn-copy' });
      expect(byId.get('own-report')).toMatchObject({ wire: null, duplicateOf: null });
      // The AP's own article is the original: two copies, and every outlet still counts.
      expect(story?.syndicatedArticles).toBe(2);
      expect(story?.coverage.totalOutlets).toBe(4);
    });

    it('keeps a stored attribution when a later write does not say', async () => {
      await store.stories.storeArticles([article('cnn-copy', { title: 'Updated headline' })]);
      await store.stories.storeArticles([article('cnn-copy', { wire: null, duplicateOf: null })]);
      const story = await store.stories.story('wire-story');
      expect(story?.articles.find((a) => a.id === 'cnn-copy')).toMatchObject({
        wire: 'ap',
        duplicateOf: 'ap-own',
      });
    });

    it('reads a wire id this version does not know as none', async () => {
      // As a newer Parallax would have stored it: the backfill fills only what is NULL.
      await store.store.wireWindow.fillAttributions([
        { id: 'own-report', wire: 'martian-wire', duplicateOf: null },
      ]);
      await store.stories.refresh(['wire-story']);
      const story = await store.stories.story('wire-story');
      expect(story?.articles.find((a) => a.id === 'own-report')?.wire).toBeNull();
      const seeded = await store.store.wireWindow.recent(10);
      expect(seeded.find((a) => a.id === 'own-report')?.wire).toBeNull();
    });

    it('reads the newest articles with text, oldest first, for the detector’s window', async () => {
      const seeded = await store.store.wireWindow.recent(3);
      expect(seeded.map((a) => a.id)).toEqual(['cnn-copy', 'fox-copy', 'own-report']);
      expect(seeded[0]).toMatchObject({ wire: 'ap', duplicateOf: 'ap-own', sourceId: 'cnn' });
    });

    it('deletes a story when a merge moves its last article away, and does not report it', async () => {
      await store.stories.storeArticles([
        article('m1', { storyId: 'survivor' }),
        article('m2', { storyId: 'absorbed', url: 'https://www.cnn.com/m2' }),
      ]);
      expect(await store.stories.story('absorbed')).not.toBeNull();
      // What ingest and import do with the clusterer's moved articles (takeWrites).
      const moved = await store.stories.storeArticles([
        article('m2', { storyId: 'survivor', url: 'https://www.cnn.com/m2' }),
      ]);
      expect(moved.storyIds).toEqual(['survivor']);
      expect(await store.stories.story('absorbed')).toBeNull();
      expect(await store.stories.summary('absorbed')).toBeNull();
      expect((await store.stories.story('survivor'))?.articleCount).toBe(2);
      expect(await store.store.stories.ids(100)).not.toContain('absorbed');
    });

    it('migration 0008 removes the empty stories earlier versions left behind', async () => {
      const { db } = raw;
      await db
        .insertInto('stories')
        .values({ id: 'left-behind', title: 'Empty', preview_json: null, story_json: null })
        .execute();
      await dropEmptyStories.up(db);
      const ids = (await db.selectFrom('stories').select('id').execute()).map((row) => row.id);
      expect(ids).not.toContain('left-behind');
      expect(ids).toEqual(expect.arrayContaining(['survivor', 'wire-story']));
    });

    it("titles a story from the outlets' own articles, not from wire copies", async () => {
      const wireTitle = 'Senate passes sweeping budget bill';
      await store.stories.storeArticles([
        article('copy-1', { storyId: 'titled', title: wireTitle, wire: 'ap' }),
        article('copy-2', {
          storyId: 'titled',
          title: wireTitle,
          url: 'https://www.foxnews.com/politics/budget-bill',
          sourceId: 'fox-news',
          wire: 'ap',
        }),
        article('own', {
          storyId: 'titled',
          title: 'Democrats push budget through the Senate',
          url: 'https://www.nytimes.com/budget-bill',
          sourceId: 'new-york-times',
          publishedAt: '2021-08-11T07:00:00.000Z',
        }),
      ]);
      const story = await store.stories.story('titled');
      expect(story?.title).toBe('Democrats push budget through the Senate');
    });
  },
);
