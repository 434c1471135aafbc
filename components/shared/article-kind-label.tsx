import { type ArticleKind, articleKindLabel } from '../../core/article-kind';

/**
 * "Opinion", "Analysis", "Live"… beside the outlet, so that a column is not read as the
 * outlet's reporting. Nothing for news or an unknown kind. Heard as ", opinion" after the
 * outlet's name: the comma keeps "CNN Opinion" from sounding like a section's name.
 */
export function ArticleKindLabel({ kind }: { kind: ArticleKind | null | undefined }) {
  const label = articleKindLabel(kind);
  if (!label) return null;
  return (
    <span class="kind-label" data-testid="article-kind" data-kind={kind}>
      <span class="visually-hidden">, </span>
      {label}
    </span>
  );
}
