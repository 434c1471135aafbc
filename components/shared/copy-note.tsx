import type { StoryArticle } from '../../core/article';
import { isWireCopy, WIRES } from '../../core/wire';

/** The short note and its longer explanation for an article that carries someone else's text. */
export function copyNoteOf(
  article: StoryArticle,
  story: readonly StoryArticle[],
): { text: string; explanation: string } | null {
  const outlet = article.source?.name ?? article.outlet ?? 'This outlet';
  if (article.wire && isWireCopy(article)) {
    const wire = WIRES[article.wire];
    return {
      text: `via ${wire.label}`,
      explanation: `${outlet} ran this story from ${wire.name}: the text is the wire's, not the outlet's own.`,
    };
  }
  if (!article.wire && article.duplicateOf) {
    const original = story.find((other) => other.id === article.duplicateOf);
    const by = original?.source?.name ?? original?.outlet;
    return {
      text: by ? `same text as ${by}` : 'syndicated copy',
      explanation: `${outlet} ran nearly the same text as ${by ?? 'an earlier article by another outlet'}.`,
    };
  }
  return null;
}

/**
 * "via AP" beside an outlet's wire copy, "same text as …" beside a copy of another outlet's
 * article; nothing for an outlet's own article (the wire's own included). The note is visible
 * text, so screen readers read it with the outlet's name; the title explains it on hover.
 */
export function CopyNote({
  article,
  story,
}: {
  article: StoryArticle;
  /** Every article of the story, to name the outlet a copy was taken from. */
  story: readonly StoryArticle[];
}) {
  const note = copyNoteOf(article, story);
  if (!note) return null;
  return (
    <span class="article-item__copy" title={note.explanation} data-testid="copy-note">
      {note.text}
    </span>
  );
}
