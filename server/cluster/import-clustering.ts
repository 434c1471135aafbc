import { isSyndicated } from '../../core/wire';
import type { ArticleInput, AssignmentRecord } from '../store/records';
import { type Assignment, type ClusterOptions, OnlineClusterer } from './clusterer';

/**
 * What placing articles leaves to store with them, in the same transaction (the story service's
 * `storeArticles`): articles of merged stories to store again under the surviving story, the
 * merges ([absorbed, surviving]) and the assignments made.
 */
export interface ClusteringWrites {
  moved: ArticleInput[];
  merges: Array<[string, string]>;
  assignments: AssignmentRecord[];
}

/**
 * Places imported articles that come without a story, through the online clusterer, in the
 * order they are read. Story ids are `story-<first article id>`. When the clusterer merges two
 * stories, the articles already given to the absorbed one are handed back (`takeWrites`) so the
 * importer stores them again under the surviving story (`takeWrites`).
 */
export class ImportClustering {
  private readonly clusterer: OnlineClusterer;
  /** Articles placed in each story so far (without their text, which the store keeps). */
  private readonly members = new Map<string, ArticleInput[]>();
  /** Seeded articles (stored by an earlier run) and the story each was seeded into. */
  private readonly seeded = new Map<string, string>();
  /** Stories merged away: absorbed story → surviving story (to follow seeded articles). */
  private readonly mergedInto = new Map<string, string>();
  private moved: ArticleInput[] = [];
  private pending: Assignment[] = [];
  /** Merges since the last `takeWrites`: [absorbed story, surviving story]. */
  private pendingMerges: Array<[string, string]> = [];
  clustered = 0;
  merges = 0;

  constructor(options: Partial<ClusterOptions> = {}) {
    this.clusterer = new OnlineClusterer(options);
  }

  /** The clusterer's settings (its time window bounds what `seed` needs). */
  get options(): ClusterOptions {
    return this.clusterer.options;
  }

  /** Whether this article would have opened the stored story it is in (its id names it). */
  opens(article: { id: string; title: string; storyId: string }): boolean {
    return (
      this.clusterer.options.storyId({ id: article.id, title: article.title }) === article.storyId
    );
  }

  /** Articles given to `seed`. */
  get seededCount(): number {
    return this.seeded.size;
  }

  /**
   * Stored articles (from an earlier run) added as members of their stored stories, so that new
   * articles can join those stories: nothing is re-assigned, nothing is to be written (no
   * assignment is kept for `takeWrites`). Give them oldest first (publication time, else storage
   * time, then id: see server/store/cluster-seed.ts) and before any `assign`. Should a later
   * article merge a seeded story into another, its seeded articles come back from `takeWrites`.
   */
  seed(articles: Iterable<ArticleInput & { storyId: string }>): void {
    for (const article of articles) {
      if (this.seeded.has(article.id)) continue;
      const published = article.publishedAt ? Date.parse(article.publishedAt) : null;
      this.clusterer.seed(
        {
          id: article.id,
          title: article.title,
          text: article.text,
          publishedAt: published,
          syndicated: isSyndicated(article),
          outlet: article.outlet ?? null,
        },
        article.storyId,
      );
      this.seeded.set(article.id, article.storyId);
      const members = this.members.get(article.storyId) ?? [];
      const { id, url, title, outlet, sourceId, publishedAt, storyId } = article;
      members.push({ id, url, title, outlet, sourceId, publishedAt, storyId, text: null });
      this.members.set(article.storyId, members);
    }
  }

  /** The article with its story set (a new object); the assignment is kept for `takeWrites`. */
  assign(article: ArticleInput): ArticleInput {
    const seededInto = this.seeded.get(article.id);
    if (seededInto !== undefined) {
      // Already in the clusterer (an import read again): it keeps its story, and is not counted
      // twice in that story's centroid.
      let storyId = seededInto;
      for (let next = this.mergedInto.get(storyId); next; next = this.mergedInto.get(storyId))
        storyId = next;
      return { ...article, storyId };
    }
    const published = article.publishedAt ? Date.parse(article.publishedAt) : null;
    const assignment = this.clusterer.add({
      id: article.id,
      title: article.title,
      text: article.text,
      publishedAt: published,
      syndicated: isSyndicated(article),
      outlet: article.outlet ?? null,
    });
    this.clustered += 1;
    const placed = { ...article, storyId: assignment.storyId };
    for (const from of assignment.merged) this.absorb(from, assignment.storyId);
    const members = this.members.get(assignment.storyId) ?? [];
    members.push({ ...placed, text: null });
    this.members.set(assignment.storyId, members);
    this.pending.push(assignment);
    return placed;
  }

  /**
   * Story `from` merged into `into`: its articles are to be stored again under `into`, and
   * assignments not yet written follow.
   */
  private absorb(from: string, into: string): void {
    this.merges += 1;
    this.pendingMerges.push([from, into]);
    this.mergedInto.set(from, into);
    const members = this.members.get(into) ?? [];
    for (const member of this.members.get(from) ?? []) {
      const moved = { ...member, storyId: into };
      members.push(moved);
      this.moved.push(moved);
    }
    this.members.set(into, members);
    this.members.delete(from);
    for (const earlier of this.pending) {
      if (earlier.storyId === from) earlier.storyId = into;
    }
  }

  /**
   * Everything to store since the last call: moved articles (each once), merges, assignments.
   * First the clusterer's batch merge pass (`consolidate`) over the stories this batch changed:
   * its merges are stored with the batch, like those made while placing articles.
   */
  takeWrites(): ClusteringWrites {
    for (const [from, into] of this.clusterer.consolidate()) this.absorb(from, into);
    const writes: ClusteringWrites = {
      moved: this.moved,
      merges: this.pendingMerges,
      assignments: this.pending.map((a) => ({
        articleId: a.articleId,
        storyId: a.storyId,
        similarity: a.similarity,
        terms: a.terms,
      })),
    };
    this.moved = [];
    this.pendingMerges = [];
    this.pending = [];
    return writes;
  }
}
