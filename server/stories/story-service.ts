import { Story, StoryPreview, type StorySummary } from '../../core/story';
import type { ClusteringWrites } from '../cluster/import-clustering';
import { capArticle } from '../ingest/article-caps';
import { withKind } from '../ingest/article-kind';
import type { ArticleInput, UpsertArticlesResult } from '../store/records';
import type { Store, StoreParts } from '../store/store';
import { BackgroundCache } from './background';
import { StoryJsonCache } from './story-json-cache';
import { buildStoryViews } from './story-views';

/** Stories whose views are built between yields to the event loop (serve writes while serving). */
const VIEWS_PER_SLICE = 20;

export interface StoryServiceOptions {
  /** Builds a story's views from its record (tests replace it to count or to fail). */
  build?: typeof buildStoryViews;
  /** The served story texts kept for a few seconds (story-json-cache.ts). */
  jsonCache?: StoryJsonCache;
  /**
   * Run first in every write transaction; throwing rolls the write back. The elected writer's
   * fence (store/writer-epoch.ts): a writer that lost the election stores nothing more.
   */
  writeGuard?: WriteGuard;
}

export type WriteGuard = (tx: StoreParts) => Promise<void>;

/**
 * The story service: between the routes and the store. Reads are the views stored with each
 * story (one read by primary key, nothing computed per request); writes of articles go through
 * `storeArticles`, which stores the articles, the clusterer's assignments and the refreshed
 * views of every story they touch in one transaction.
 */
export class StoryService {
  private readonly background: BackgroundCache;
  private readonly build: typeof buildStoryViews;
  private readonly jsonCache: StoryJsonCache;
  private readonly writeGuard: WriteGuard;

  constructor(
    private readonly store: Store,
    options: StoryServiceOptions = {},
  ) {
    this.background = new BackgroundCache(store.articles);
    this.build = options.build ?? buildStoryViews;
    this.jsonCache = options.jsonCache ?? new StoryJsonCache();
    this.writeGuard = options.writeGuard ?? (async () => {});
  }

  /** The same service (same store and served-story cache) whose writes all pass `guard` first. */
  guarded(guard: WriteGuard): StoryService {
    return new StoryService(this.store, {
      build: this.build,
      jsonCache: this.jsonCache,
      writeGuard: guard,
    });
  }

  /** The full story, as GET /v1/stories/:id serves it, or null. */
  story(id: string): Promise<Story | null> {
    return this.store.stories.story(id);
  }

  /**
   * The full story as JSON text, exactly as stored. Parsed against core Story when it was
   * built (refreshIn), so the route can send it without parsing and re-serialising it on
   * every request: that per-request work is what the stored view exists to avoid.
   */
  async storyJson(id: string): Promise<string | null> {
    const cached = this.jsonCache.get(id);
    if (cached !== null) return cached;
    const json = await this.store.stories.storyJson(id);
    if (json !== null) this.jsonCache.set(id, json);
    return json;
  }

  summary(id: string): Promise<StorySummary | null> {
    return this.store.stories.summary(id);
  }

  /** The previews of these stories (what the badge and popup show), in the order asked. */
  previews(storyIds: readonly string[]): Promise<StoryPreview[]> {
    return this.store.stories.previews(storyIds);
  }

  /**
   * Stores articles (title and text capped: ingest/article-caps.ts; kind inferred where the
   * article does not state it: ingest/article-kind.ts) and, when a clusterer placed
   * them, its writes (articles moved by a merge, assignments), then rebuilds the views of every
   * story touched, all in one transaction. `storyIds` are the touched stories that still exist.
   */
  async storeArticles(
    articles: readonly ArticleInput[],
    clustering?: ClusteringWrites,
  ): Promise<UpsertArticlesResult> {
    // Read before the transaction: on SQLite it holds the one connection.
    const background = await this.background.get();
    const touched = new Set<string>();
    const result = await this.store.transaction(async (tx) => {
      await this.writeGuard(tx);
      // Every way in passes here: the kind is inferred once, for feeds and imports alike.
      const stored = await tx.articles.upsert(articles.map((a) => withKind(capArticle(a).article)));
      for (const id of stored.storyIds) touched.add(id);
      if (clustering) {
        if (clustering.moved.length > 0) {
          for (const id of (await tx.articles.upsert(clustering.moved)).storyIds) touched.add(id);
        }
        for (const [from, into] of clustering.merges) await tx.assignments.moveStory(from, into);
        await tx.assignments.save(clustering.assignments);
      }
      const live = await this.refreshIn(tx, [...touched], background);
      return { inserted: stored.inserted, updated: stored.updated, storyIds: live };
    });
    // After the commit: a story served from the cache now would be the one before this write.
    this.jsonCache.forget(touched);
    this.jsonCache.forget(clustering?.merges.flat() ?? []);
    return result;
  }

  /**
   * Rebuilds the views of these stories from what is stored now (e.g. their outlets' leanings
   * changed), one transaction per slice; a story left without articles is deleted.
   */
  async refresh(storyIds: readonly string[]): Promise<number> {
    const background = await this.background.get();
    let refreshed = 0;
    for (let i = 0; i < storyIds.length; i += VIEWS_PER_SLICE * 10) {
      const slice = storyIds.slice(i, i + VIEWS_PER_SLICE * 10);
      const live = await this.store.transaction(async (tx) => {
        await this.writeGuard(tx);
        return this.refreshIn(tx, slice, background);
      });
      refreshed += live.length;
      this.jsonCache.forget(slice);
    }
    return refreshed;
  }

  /** Views of every story whose sources' name or leaning changed (catalog load, rating import). */
  async refreshSources(sourceIds: readonly string[]): Promise<number> {
    if (sourceIds.length === 0) return 0;
    return this.refresh(await this.store.stories.ofSources(sourceIds));
  }

  /** Builds the views of stories that have none (stored before migration 0009). */
  async buildMissing(): Promise<number> {
    let built = 0;
    for (;;) {
      const ids = await this.store.stories.withoutViews(500);
      if (ids.length === 0) return built;
      const refreshed = await this.refresh(ids);
      built += refreshed;
      // Stories without articles were deleted, so the next page is new; none left: done.
      if (refreshed === 0 && ids.length < 500) return built;
    }
  }

  /** The views of `ids` rebuilt inside `tx`; emptied stories deleted. Returns the live ids. */
  private async refreshIn(
    tx: StoreParts,
    ids: readonly string[],
    background: ReadonlyMap<string, number>,
  ): Promise<string[]> {
    if (ids.length === 0) return [];
    const records = await tx.stories.records(ids);
    const views = [];
    for (let i = 0; i < records.length; i += 1) {
      if (i > 0 && i % VIEWS_PER_SLICE === 0) await new Promise((r) => setImmediate(r));
      const view = this.build(records[i] as (typeof records)[number], background);
      // What is stored is served as it is: it must keep the contract (a broken view throws,
      // and the whole write rolls back).
      views.push({
        ...view,
        story: Story.parse(view.story),
        preview: StoryPreview.parse(view.preview),
      });
    }
    await tx.stories.saveViews(views);
    await tx.stories.deleteEmpty(ids);
    return records.map((record) => record.id);
  }
}
