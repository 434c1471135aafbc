import type { TestStore } from './test-store';

/**
 * The stored assignments of these articles as [article id, story id] pairs and whole, in the
 * order given (articles without one skipped): what the clustering tests check, read through
 * the Store.
 */
export async function storedAssignments(store: TestStore, articleIds: readonly string[]) {
  const found = await Promise.all(articleIds.map((id) => store.store.assignments.ofArticle(id)));
  const rows = found.flatMap((row) => (row ? [row] : []));
  return { pairs: rows.map((row) => [row.articleId, row.storyId]), rows };
}
