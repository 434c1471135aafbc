import { loadCatalog } from '../catalog/load-catalog';
import type { DatabaseConfig } from '../config';
import { openStore } from '../store/open-store';
import type { Store } from '../store/store';
import { StoryService } from '../stories/story-service';

/** What every command that serves or writes works with: the one Store and the story service. */
export interface Backend {
  store: Store;
  stories: StoryService;
  close(): Promise<void>;
}

/**
 * The one composition of storage for a process: the Store opened (schema brought up to date),
 * the bundled catalog loaded, and the story views made current (stories whose outlets the
 * catalog changed, and stories stored before views were stored), so a fresh file works at once.
 */
export async function openBackend(config: { database: DatabaseConfig }): Promise<Backend> {
  const store = await openStore(config.database);
  try {
    const stories = new StoryService(store);
    const { changed } = await loadCatalog(store);
    await stories.refreshSources(changed);
    await stories.buildMissing();
    return { store, stories, close: () => store.close() };
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
}
