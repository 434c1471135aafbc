import type { StoryGrouping } from '../../core/story';

/** "a, b and c": a list as a sentence says it. */
function spoken(terms: readonly string[]): string {
  if (terms.length <= 1) return terms.join('');
  return `${terms.slice(0, -1).join(', ')} and ${terms[terms.length - 1]}`;
}

/**
 * Why the story's articles are together, in words a reader follows, from what the backend
 * stored (core/story.ts StoryGrouping), or null when it stored nothing that says (a view built
 * before groupings were, or a story whose matches named no words): nothing is made up.
 */
export function groupingReason(
  grouping: StoryGrouping | null | undefined,
  articleCount: number,
): string | null {
  if (grouping === undefined) return null;
  const imported = 'came grouped in the data they were imported from';
  if (grouping === null) return `These articles ${imported}; Parallax did not match them itself.`;
  if (grouping.terms.length === 0) return null;
  const shared = `Grouped because they share: ${spoken(grouping.terms)}.`;
  const others = articleCount - grouping.placed;
  if (others <= 0) return shared;
  return (
    `${shared} Parallax matched ${grouping.placed} of the ${articleCount} articles by these ` +
    `words; the other ${others} ${imported}.`
  );
}

/** The reason under the articles' heading (groupingReason), or nothing. */
export function GroupingReason({
  grouping,
  articleCount,
}: {
  grouping: StoryGrouping | null | undefined;
  articleCount: number;
}) {
  const reason = groupingReason(grouping, articleCount);
  if (!reason) return null;
  return (
    <p class="meta grouping-reason" data-testid="grouping-reason">
      {reason}
    </p>
  );
}
