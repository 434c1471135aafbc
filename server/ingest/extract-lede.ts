import { Readability } from '@mozilla/readability';
import { z } from 'zod';
import { IsoDateTime } from '../../core/article';
import { withHtmlDocument } from '../detect/parse-html';

/** Characters of lede kept: what the clusterer reads of an article's text (ledeChars). */
export const LEDE_CHARS = 1_500;

/** Paragraphs shorter than this are captions, credits or "Advertisement", not the story. */
const MIN_PARAGRAPH_CHARS = 40;

/** Less than this is a menu or a teaser, not article text: as good as no lede. */
export const MIN_LEDE_CHARS = 80;

/** What an article page gives ingestion besides its feed item. */
export const PageLede = z.object({
  /** The first paragraphs of the article's text, plain, at most LEDE_CHARS characters. */
  lede: z.string().min(1).max(LEDE_CHARS),
  byline: z.string().min(1).max(200).nullable(),
  publishedAt: IsoDateTime.nullable(),
  title: z.string().min(1).max(500).nullable(),
});
export type PageLede = z.infer<typeof PageLede>;

/**
 * The lede of an article page: Mozilla's Readability finds the article's body in a happy-dom
 * document (no scripts run, nothing loads), and its first paragraphs are kept up to
 * `maxChars`. Null when Readability finds no article text (or less than MIN_LEDE_CHARS).
 * Never throws.
 */
export async function extractLede(
  html: string,
  pageUrl: string,
  maxChars = LEDE_CHARS,
): Promise<PageLede | null> {
  try {
    return await withHtmlDocument(html, pageUrl, (doc) => {
      // The serializer hands back the content element itself: its paragraphs are read below
      // instead of re-parsing Readability's HTML string.
      const article = new Readability<Element>(doc, {
        serializer: (node) => node as Element,
      }).parse();
      if (!article?.content) return null;
      const lede = ledeOf(article.content, maxChars);
      if (!lede) return null;
      const parsed = PageLede.safeParse({
        lede,
        byline: clip(article.byline, 200),
        publishedAt: isoOrNull(article.publishedTime),
        title: clip(article.title, 500),
      });
      return parsed.success ? parsed.data : null;
    });
  } catch {
    return null;
  }
}

/** The first paragraphs, whole while they fit, the last one cut at a sentence or word end. */
export function ledeOf(content: Element, maxChars: number): string | null {
  const paragraphs = [...content.querySelectorAll('p')]
    .map((p) => squash(p.textContent ?? ''))
    .filter((text) => text.length >= MIN_PARAGRAPH_CHARS);
  // Pages that set text in <div>s or <br>-separated lines have no paragraphs to pick.
  if (paragraphs.length === 0) paragraphs.push(squash(content.textContent ?? ''));
  const text = cut(paragraphs.join('\n\n').trim(), maxChars);
  return text.length >= Math.min(MIN_LEDE_CHARS, maxChars) ? text : null;
}

function cut(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const head = text.slice(0, maxChars);
  // A cut at a paragraph or sentence end, if one falls in the last 40 %, reads as a whole.
  const floor = Math.floor(maxChars * 0.6);
  const paragraphEnd = head.lastIndexOf('\n\n');
  if (paragraphEnd >= floor) return head.slice(0, paragraphEnd);
  const sentenceEnd = Math.max(
    head.lastIndexOf('. '),
    head.lastIndexOf('? '),
    head.lastIndexOf('! '),
  );
  if (sentenceEnd >= floor) return head.slice(0, sentenceEnd + 1);
  const wordEnd = head.lastIndexOf(' ');
  return (wordEnd >= floor ? head.slice(0, wordEnd) : head).trimEnd();
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clip(value: string | null | undefined, max: number): string | null {
  const text = value ? squash(value) : '';
  return text === '' ? null : text.slice(0, max);
}

/** A date and time without an offset ("2017-11-03 03:01:00.000000", as Engadget writes it). */
const NO_OFFSET = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;

function isoOrNull(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  // Read as UTC rather than the server's time zone, so every server stores the same instant.
  const noOffset = NO_OFFSET.exec(text);
  const time = Date.parse(noOffset ? `${noOffset[1]}T${noOffset[2]}Z` : text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
