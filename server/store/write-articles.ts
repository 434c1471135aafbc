import type { Transaction } from 'kysely';
import { urlHash, urlHashPrefix } from '../../core/url-hash';
import { isSyndicated, Wire } from '../../core/wire';
import { chronological, representativeTitle } from '../stories/headline';
import type { ArticleInput, UpsertArticlesResult } from './repository';
import type { Tables } from './schema';

/**
 * Writes a batch of articles inside the caller's transaction, creating the stories they name
 * and refreshing those stories' title and dates from their articles.
 */
export async function writeArticles(
  trx: Transaction<Tables>,
  articles: readonly ArticleInput[],
): Promise<UpsertArticlesResult> {
  const now = new Date().toISOString();
  const result: UpsertArticlesResult = { inserted: 0, updated: 0, storyIds: [] };
  const storyIds = new Set<string>();
  for (const article of articles) {
    if (article.storyId && !storyIds.has(article.storyId)) {
      storyIds.add(article.storyId);
      // The title is a placeholder until refreshStory below picks the representative headline.
      await trx
        .insertInto('stories')
        .values({ id: article.storyId, title: article.title, first_seen: null, last_updated: null })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
    const existing = await findSameArticle(trx, article);
    const url = article.url ?? existing?.url ?? null;
    const hash = url ? await urlHash(url) : null;
    const values = {
      url: article.url,
      title: article.title,
      outlet: article.outlet,
      source_id: article.sourceId,
      published_at: article.publishedAt,
      story_id: article.storyId,
      text: article.text,
      url_hash: hash,
      url_hash_prefix: hash ? urlHashPrefix(hash) : null,
      // A later pass that finds no wire (an import without the feed's byline, a moved article)
      // does not erase what an earlier one found.
      wire: article.wire ?? existing?.wire ?? null,
      duplicate_of: article.duplicateOf ?? existing?.duplicate_of ?? null,
    };
    if (existing) {
      await trx
        .updateTable('articles')
        .set({
          ...values,
          // What the new copy does not know, the stored one keeps.
          url: article.url ?? existing.url,
          story_id: article.storyId ?? existing.story_id,
          text: article.text ?? existing.text,
        })
        .where('id', '=', existing.id)
        .execute();
      if (existing.story_id && existing.story_id !== article.storyId && article.storyId) {
        storyIds.add(existing.story_id);
      }
      result.updated += 1;
    } else {
      await trx
        .insertInto('articles')
        .values({ id: article.id, created_at: now, ...values })
        .execute();
      result.inserted += 1;
    }
  }
  for (const storyId of storyIds) {
    if (await refreshStory(trx, storyId)) result.storyIds.push(storyId);
  }
  return result;
}

/** The stored copy of an article: same canonical URL first (ids differ between feeds), else same id. */
async function findSameArticle(trx: Transaction<Tables>, article: ArticleInput) {
  const columns = ['id', 'url', 'story_id', 'text', 'wire', 'duplicate_of'] as const;
  if (article.url) {
    const byUrl = await trx
      .selectFrom('articles')
      .select(columns)
      .where('url', '=', article.url)
      .executeTakeFirst();
    if (byUrl) return byUrl;
  }
  return trx.selectFrom('articles').select(columns).where('id', '=', article.id).executeTakeFirst();
}

/**
 * A story's title is its representative headline (server/stories/headline.ts: the title most
 * similar to the others', ties to the earliest article), and first_seen/last_updated span its
 * articles' publication dates (compared as instants, not as text). The headline comes from the
 * outlets' own articles when the story has any: a wire copy's title is the wire's, not how the
 * press titled the story (and one AP headline run by thirty papers would always win the vote).
 * A story left without articles
 * (the clusterer merged it into another and its articles moved) is deleted.
 */
async function refreshStory(trx: Transaction<Tables>, storyId: string): Promise<boolean> {
  const rows = await trx
    .selectFrom('articles')
    .select(['id', 'title', 'published_at', 'source_id', 'wire', 'duplicate_of'])
    .where('story_id', '=', storyId)
    .execute();
  if (rows.length === 0) {
    await trx.deleteFrom('stories').where('id', '=', storyId).execute();
    return false;
  }
  const articles = rows.map((row) => ({
    id: row.id,
    title: row.title,
    publishedAt: row.published_at,
    syndicated: isSyndicated({
      sourceId: row.source_id,
      wire: Wire.safeParse(row.wire).data ?? null,
      duplicateOf: row.duplicate_of,
    }),
  }));
  const originals = articles.filter((a) => !a.syndicated);
  const dated = articles.filter((a) => a.publishedAt !== null).sort(chronological);
  await trx
    .updateTable('stories')
    .set({
      title: representativeTitle(originals.length > 0 ? originals : articles) ?? storyId,
      first_seen: dated[0]?.publishedAt ?? null,
      last_updated: dated.at(-1)?.publishedAt ?? null,
    })
    .where('id', '=', storyId)
    .execute();
  return true;
}
