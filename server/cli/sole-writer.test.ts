import { expect, it } from 'vitest';
import { UserFacingError } from '../errors';
import { openLockSession } from '../store/writer-lock';
import { describePostgres } from '../testing/test-databases';
import { openBackend } from './open-backend';
import { asSoleWriter } from './sole-writer';

describePostgres('one-off writing commands (import, ingest) as the writer', (createDatabase) => {
  it('refuses while another process holds the writer lock, runs fenced once it is free', async () => {
    const database = await createDatabase();
    const backend = await openBackend({ database: database.config });
    const url = database.config.kind === 'postgres' ? database.config.url : '';
    const worker = await openLockSession(url);
    try {
      expect(await worker.tryAcquire()).toBe(true);
      let ran = false;
      const refused = asSoleWriter({ database: database.config }, backend, async () => {
        ran = true;
      });
      await expect(refused).rejects.toBeInstanceOf(UserFacingError);
      await expect(refused).rejects.toThrow(/Another process is the writer on this database/);
      expect(ran).toBe(false);

      await worker.close();
      const epoch = await asSoleWriter({ database: database.config }, backend, async (stories) => {
        await stories.storeArticles([
          {
            id: 'a1',
            url: 'https://example.com/a1',
            title: 'Harbour budget approved',
            outlet: null,
            sourceId: null,
            publishedAt: null,
            storyId: 's1',
            text: null,
          },
        ]);
        return backend.store.writer.claim();
      });
      // Its own claim was epoch 1; the command's writes passed the fence of that epoch.
      expect(epoch).toBe(2);
      expect(await backend.store.articles.count()).toBe(1);
    } finally {
      await worker.close();
      await backend.close();
      await database.drop();
    }
  });
});
