import { sql, type Transaction } from 'kysely';
import type { Source } from '../../core/source';
import { SourceMatcher } from '../../core/source-match';
import type { Story } from '../../core/story';
import { BackgroundCache } from '../stories/background';
import type { OpenDatabase } from './open-database';
import type { Repository } from './repository';
import type { Db, Tables } from './schema';
import { ratingRows, sourceFromRows, sourceRow } from './source-rows';
import {
  ARTICLE_COLUMNS,
  articleFromRow,
  type StoryArticleRow,
  storyFromRows,
  storySummaryFromRows,
} from './story-rows';
import { writeArticles } from './write-articles';
import { recomputePositions, writeImportedRatings } from './write-ratings';

/** The Repository over Kysely; works unchanged on SQLite and PostgreSQL. */
export async function createRepository({ db, kind }: OpenDatabase): Promise<Repository> {
  // Matching a URL to its outlet happens on every lookup: keep it in memory, rebuilt on change.
  let matcher = new SourceMatcher(await readSources(db));

  return {
    kind,
    async ping() {
      await sql`select 1`.execute(db);
    },

    async upsertSources(sources) {
      await db.transaction().execute(async (trx) => {
        for (const source of sources) await writeSource(trx, source);
      });
      matcher = new SourceMatcher(await readSources(db));
      return { sources: sources.length };
    },
    async importRatings(items) {
      const result = await db.transaction().execute((trx) => writeImportedRatings(trx, items));
      matcher = new SourceMatcher(await readSources(db));
      return result;
    },
    listSources: () => readSources(db),
    async getSource(id) {
      return (await readSources(db, id))[0] ?? null;
    },
    matchSource: (urlOrHost) => matcher.match(urlOrHost),

    async findArticleByUrl(canonicalUrl) {
      const row = await db
        .selectFrom('articles')
        .select(ARTICLE_COLUMNS)
        .where('url', '=', canonicalUrl)
        .executeTakeFirst();
      return row ? articleFromRow(row) : null;
    },
    async findArticlesByUrlHashPrefix(prefix, limit) {
      const rows = await db
        .selectFrom('articles')
        .select([...ARTICLE_COLUMNS, 'url_hash'])
        .where('url_hash_prefix', '=', prefix)
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.flatMap(({ url_hash, ...row }) =>
        url_hash ? [{ urlHash: url_hash, article: articleFromRow(row) }] : [],
      );
    },
    upsertArticles: (articles) => db.transaction().execute((trx) => writeArticles(trx, articles)),

    async getStorySummary(id) {
      const found = await readStory(db, id);
      return found ? storySummaryFromRows(found.story, found.rows) : null;
    },
    async getStory(id): Promise<Story | null> {
      const found = await readStory(db, id, true);
      if (!found) return null;
      return storyFromRows(found.story, found.rows, await backgroundOf(db).get());
    },

    close: () => db.destroy(),
  };
}

async function writeSource(trx: Transaction<Tables>, source: Source): Promise<void> {
  const row = sourceRow(source);
  const { id: _id, ...changes } = row;
  await trx
    .insertInto('sources')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(changes))
    .execute();
  // A host moves with the catalog: whoever held it before loses it.
  await trx
    .deleteFrom('source_domains')
    .where((eb) => eb.or([eb('source_id', '=', source.id), eb('domain', 'in', source.domains)]))
    .execute();
  await trx
    .insertInto('source_domains')
    .values(source.domains.map((domain, ordinal) => ({ domain, source_id: source.id, ordinal })))
    .execute();
  // The catalog's own ratings are replaced; imported ones (with provenance) are kept, and win
  // over a catalog rating by the same rater: the operator imported them on purpose, later.
  await trx
    .deleteFrom('ratings')
    .where('source_id', '=', source.id)
    .where('provenance', 'is', null)
    .execute();
  const imported = await trx
    .selectFrom('ratings')
    .select('rater')
    .where('source_id', '=', source.id)
    .execute();
  const importedRaters = new Set(imported.map((row) => row.rater));
  const ratings = ratingRows(source).filter((row) => !importedRaters.has(row.rater));
  if (ratings.length > 0) await trx.insertInto('ratings').values(ratings).execute();
  if (imported.length > 0) await recomputePositions(trx, [source.id]);
}

/** All stored sources (or the one with `id`), with domains and ratings in catalog order. */
async function readSources(db: Db, id?: string): Promise<Source[]> {
  let sources = db.selectFrom('sources').selectAll().orderBy('name').orderBy('id');
  let domains = db.selectFrom('source_domains').selectAll().orderBy('ordinal');
  let ratings = db.selectFrom('ratings').selectAll().orderBy('ordinal');
  if (id !== undefined) {
    sources = sources.where('id', '=', id);
    domains = domains.where('source_id', '=', id);
    ratings = ratings.where('source_id', '=', id);
  }
  const [sourceRows, domainRows, ratingRowsRead] = await Promise.all([
    sources.execute(),
    domains.execute(),
    ratings.execute(),
  ]);
  // Grouped once: filtering per source is quadratic, and imports create thousands of sources.
  const domainsOf = groupBy(domainRows, (d) => d.source_id);
  const ratingsOf = groupBy(ratingRowsRead, (r) => r.source_id);
  return sourceRows.map((row) =>
    sourceFromRows(
      row,
      (domainsOf.get(row.id) ?? []).map((d) => d.domain),
      ratingsOf.get(row.id) ?? [],
    ),
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** The framing prior's background per database (server/stories/background.ts). */
const backgrounds = new WeakMap<Db, BackgroundCache>();
function backgroundOf(db: Db): BackgroundCache {
  let cache = backgrounds.get(db);
  if (!cache) {
    cache = new BackgroundCache(async (limit) => {
      const rows = await db
        .selectFrom('articles')
        .select(['title', 'text'])
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((row) => (row.text ? `${row.title}\n${row.text}` : row.title));
    });
    backgrounds.set(db, cache);
  }
  return cache;
}

async function readStory(
  db: Db,
  id: string,
  withText = false,
): Promise<{ story: { id: string; title: string }; rows: StoryArticleRow[] } | null> {
  const story = await db
    .selectFrom('stories')
    .select(['id', 'title'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!story) return null;
  const rows = await db
    .selectFrom('articles')
    .leftJoin('sources', 'sources.id', 'articles.source_id')
    .select([
      'articles.id',
      'articles.url',
      'articles.title',
      'articles.outlet',
      'articles.source_id',
      'articles.published_at',
      'articles.story_id',
      'sources.name as source_name',
      'sources.position as source_position',
    ])
    .$if(withText, (query) =>
      query.select(['articles.text', 'articles.wire', 'articles.duplicate_of']),
    )
    .where('articles.story_id', '=', id)
    .execute();
  return { story, rows };
}
