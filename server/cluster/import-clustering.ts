import type { ArticleInput } from '../store/repository';
import type { Db } from '../store/schema';
import { type Assignment, type ClusterOptions, OnlineClusterer } from './clusterer';

/**
 * Places imported articles that come without a story, through the online clusterer, in the
 * order they are read. Story ids are `story-<first article id>`. When the clusterer merges two
 * stories, the articles already given to the absorbed one are handed back (`takeMoved`) so the
 * importer stores them again under the surviving story.
 */
export class ImportClustering {
  private readonly clusterer: OnlineClusterer;
  /** Articles placed in each story so far (without their text, which the store keeps). */
  private readonly members = new Map<string, ArticleInput[]>();
  private moved: ArticleInput[] = [];
  private pending: Assignment[] = [];
  /** Merges since the last `persist`: [absorbed story, surviving story]. */
  private pendingMerges: Array<[string, string]> = [];
  clustered = 0;
  merges = 0;

  constructor(options: Partial<ClusterOptions> = {}) {
    this.clusterer = new OnlineClusterer(options);
  }

  /** The article with its story set (a new object); the assignment is kept for `persist`. */
  assign(article: ArticleInput): ArticleInput {
    const published = article.publishedAt ? Date.parse(article.publishedAt) : null;
    const assignment = this.clusterer.add({
      id: article.id,
      title: article.title,
      text: article.text,
      publishedAt: published,
    });
    this.clustered += 1;
    const placed = { ...article, storyId: assignment.storyId };
    const members = this.members.get(assignment.storyId) ?? [];
    for (const from of assignment.merged) {
      this.merges += 1;
      this.pendingMerges.push([from, assignment.storyId]);
      for (const member of this.members.get(from) ?? []) {
        const moved = { ...member, storyId: assignment.storyId };
        members.push(moved);
        this.moved.push(moved);
      }
      this.members.delete(from);
      for (const earlier of this.pending) {
        if (earlier.storyId === from) earlier.storyId = assignment.storyId;
      }
    }
    members.push({ ...placed, text: null });
    this.members.set(assignment.storyId, members);
    this.pending.push(assignment);
    return placed;
  }

  /** Articles to store again because their story merged into another (each once). */
  takeMoved(): ArticleInput[] {
    const moved = this.moved;
    this.moved = [];
    return moved;
  }

  /** Writes the assignments made since the last call (similarity and "why" terms). */
  async persist(db: Db): Promise<void> {
    for (const [from, into] of this.pendingMerges) {
      await db
        .updateTable('story_assignments')
        .set({ story_id: into })
        .where('story_id', '=', from)
        .execute();
    }
    this.pendingMerges = [];
    if (this.pending.length === 0) return;
    const now = new Date().toISOString();
    const rows = this.pending.map((a) => ({
      article_id: a.articleId,
      story_id: a.storyId,
      similarity: a.similarity,
      terms: JSON.stringify(a.terms),
      assigned_at: now,
    }));
    this.pending = [];
    for (let i = 0; i < rows.length; i += 200) {
      await db
        .insertInto('story_assignments')
        .values(rows.slice(i, i + 200))
        .onConflict((oc) =>
          oc.column('article_id').doUpdateSet((eb) => ({
            story_id: eb.ref('excluded.story_id'),
            similarity: eb.ref('excluded.similarity'),
            terms: eb.ref('excluded.terms'),
            assigned_at: eb.ref('excluded.assigned_at'),
          })),
        )
        .execute();
    }
  }
}
