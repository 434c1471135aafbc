import type { AssignmentRecord } from './records';
import type { Db } from './schema';

/** `store.assignments`: why the clusterer placed each article where it is (story_assignments). */
export interface AssignmentsPart {
  /** Stores (or replaces, per article) these assignments, stamped with the current time. */
  save(assignments: readonly AssignmentRecord[]): Promise<void>;
  /** A clustering merge: every assignment to `from` now names `into`. */
  moveStory(from: string, into: string): Promise<void>;
  /** The stored assignment of an article (with when it was written), or null. */
  ofArticle(articleId: string): Promise<(AssignmentRecord & { assignedAt: string }) | null>;
}

export function assignmentsPart(db: Db): AssignmentsPart {
  return {
    async save(assignments) {
      const now = new Date().toISOString();
      const rows = assignments.map((a) => ({
        article_id: a.articleId,
        story_id: a.storyId,
        similarity: a.similarity,
        terms: JSON.stringify(a.terms),
        assigned_at: now,
      }));
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
    },
    async moveStory(from, into) {
      await db
        .updateTable('story_assignments')
        .set({ story_id: into })
        .where('story_id', '=', from)
        .execute();
    },
    async ofArticle(articleId) {
      const row = await db
        .selectFrom('story_assignments')
        .selectAll()
        .where('article_id', '=', articleId)
        .executeTakeFirst();
      if (!row) return null;
      return {
        articleId: row.article_id,
        storyId: row.story_id,
        similarity: Number(row.similarity),
        terms: JSON.parse(row.terms) as string[],
        assignedAt: row.assigned_at,
      };
    },
  };
}
