import type { BiasPosition } from '../../core/bias';
import { Story, StoryPreview, StorySummary } from '../../core/story';
import { articleFromRow, chunks, wireOf } from './article-rows';
import type { StoryArticleRecord, StoryRecord, StoryViews } from './records';
import type { Db } from './schema';

/**
 * `store.stories`: story rows and their stored views. Reads of a story are one row by primary
 * key; the views are built outside the store (server/stories/) and handed to `saveViews`.
 */
export interface StoriesPart {
  /** The stored full story, as served, or null (no such story, or its views not built yet). */
  story(id: string): Promise<Story | null>;
  /**
   * The stored full story as the JSON text it was stored as, or null: what the story route
   * sends as it is (the text was parsed against core Story when it was written).
   */
  storyJson(id: string): Promise<string | null>;
  /** The stored preview of each story that has one, in the order asked; unknown ids skipped. */
  previews(ids: readonly string[]): Promise<StoryPreview[]>;
  summary(id: string): Promise<StorySummary | null>;
  /** Each named story that has articles, with them (text, wire, source): what views are built from. */
  records(ids: readonly string[]): Promise<StoryRecord[]>;
  saveViews(views: readonly StoryViews[]): Promise<void>;
  /** Deletes those of the named stories left without articles (a clustering merge); their ids. */
  deleteEmpty(ids: readonly string[]): Promise<string[]>;
  /** Every stored story's id, at most `limit`, by id. */
  ids(limit: number): Promise<string[]>;
  /** Up to `limit` stories whose views were never built (stored before migration 0009). */
  withoutViews(limit: number): Promise<string[]>;
  /** Stories with an article from one of these sources (whose name or leaning changed). */
  ofSources(sourceIds: readonly string[]): Promise<string[]>;
}

export function storiesPart(db: Db): StoriesPart {
  const previews = async (ids: readonly string[]): Promise<StoryPreview[]> => {
    const found = new Map<string, StoryPreview>();
    for (const chunk of chunks([...new Set(ids)])) {
      const rows = await db
        .selectFrom('stories')
        .select(['id', 'preview_json'])
        .where('id', 'in', chunk)
        .execute();
      for (const row of rows) {
        if (row.preview_json) found.set(row.id, StoryPreview.parse(JSON.parse(row.preview_json)));
      }
    }
    return ids.flatMap((id) => found.get(id) ?? []);
  };
  const storyJson = async (id: string): Promise<string | null> => {
    const row = await db
      .selectFrom('stories')
      .select('story_json')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.story_json ?? null;
  };
  return {
    previews,
    async story(id) {
      const json = await storyJson(id);
      return json ? Story.parse(JSON.parse(json)) : null;
    },
    storyJson,
    async summary(id) {
      const [preview] = await previews([id]);
      // The preview is the summary and more: zod keeps only the summary's fields.
      return preview ? StorySummary.parse(preview) : null;
    },

    async records(ids) {
      const byStory = new Map<string, StoryArticleRecord[]>();
      for (const chunk of chunks([...new Set(ids)])) {
        const rows = await db
          .selectFrom('articles')
          .leftJoin('sources', 'sources.id', 'articles.source_id')
          // Only an assignment to the story the article is in now says why it is there.
          .leftJoin('story_assignments', (join) =>
            join
              .onRef('story_assignments.article_id', '=', 'articles.id')
              .onRef('story_assignments.story_id', '=', 'articles.story_id'),
          )
          .select([
            'articles.id',
            'articles.url',
            'articles.title',
            'articles.outlet',
            'articles.source_id',
            'articles.published_at',
            'articles.story_id',
            'articles.kind',
            'articles.text',
            'articles.wire',
            'articles.duplicate_of',
            'sources.name as source_name',
            'sources.position as source_position',
            'story_assignments.similarity as assigned_similarity',
            'story_assignments.terms as assigned_terms',
          ])
          .where('articles.story_id', 'in', chunk)
          .execute();
        for (const row of rows) {
          const storyId = row.story_id as string;
          const record: StoryArticleRecord = {
            ...articleFromRow(row),
            storyId,
            text: row.text,
            wire: wireOf(row.wire),
            duplicateOf: row.duplicate_of,
            assignment:
              row.assigned_terms === null
                ? null
                : {
                    similarity: Number(row.assigned_similarity),
                    terms: JSON.parse(row.assigned_terms) as string[],
                  },
            source:
              row.source_id && row.source_name
                ? {
                    id: row.source_id,
                    name: row.source_name,
                    position: row.source_position as BiasPosition | null,
                  }
                : null,
          };
          const list = byStory.get(storyId);
          if (list) list.push(record);
          else byStory.set(storyId, [record]);
        }
      }
      return [...new Set(ids)].flatMap((id) => {
        const articles = byStory.get(id);
        return articles ? [{ id, articles }] : [];
      });
    },
    async saveViews(views) {
      for (const view of views) {
        await db
          .updateTable('stories')
          .set({
            title: view.title,
            preview_json: JSON.stringify(view.preview),
            story_json: JSON.stringify(view.story),
          })
          .where('id', '=', view.id)
          .execute();
      }
    },
    async deleteEmpty(ids) {
      const deleted: string[] = [];
      for (const chunk of chunks([...new Set(ids)])) {
        const rows = await db
          .deleteFrom('stories')
          .where('id', 'in', chunk)
          .where(({ not, exists, selectFrom }) =>
            not(
              exists(
                selectFrom('articles')
                  .select('articles.id')
                  .whereRef('articles.story_id', '=', 'stories.id'),
              ),
            ),
          )
          .returning('id')
          .execute();
        deleted.push(...rows.map((row) => row.id));
      }
      return deleted;
    },
    async ids(limit) {
      const rows = await db.selectFrom('stories').select('id').orderBy('id').limit(limit).execute();
      return rows.map((row) => row.id);
    },
    async withoutViews(limit) {
      const rows = await db
        .selectFrom('stories')
        .select('id')
        .where('story_json', 'is', null)
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((row) => row.id);
    },
    async ofSources(sourceIds) {
      const found = new Set<string>();
      for (const chunk of chunks([...new Set(sourceIds)])) {
        const rows = await db
          .selectFrom('articles')
          .select('story_id')
          .distinct()
          .where('source_id', 'in', chunk)
          .where('story_id', 'is not', null)
          .execute();
        for (const row of rows) if (row.story_id) found.add(row.story_id);
      }
      return [...found];
    },
  };
}
