import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ArticleType } from '../../core/detected-article';

/** One real page as the project labelled it by hand (tests/real-data/page-expectations.json). */
export const PageExpectation = z.discriminatedUnion('isArticle', [
  z.object({
    isArticle: z.literal(true),
    canonicalUrl: z.url().nullable(),
    title: z.string().min(1),
    outlet: z.string().min(1),
    /** An instant (ISO 8601 with offset), or a bare day when only the day is known. */
    publishedAt: z.union([z.iso.datetime({ offset: true }), z.iso.date()]).nullable(),
    type: ArticleType,
    note: z.string().optional(),
  }),
  z.object({ isArticle: z.literal(false), note: z.string().optional() }),
]);
export type PageExpectation = z.infer<typeof PageExpectation>;

export const PageExpectations = z.object({
  about: z.string(),
  /** The address every page is detected under: the saved pages do not say where they lived. */
  pageUrl: z.url(),
  pages: z.record(z.string(), PageExpectation),
});
export type PageExpectations = z.infer<typeof PageExpectations>;

export function readPageExpectations(path: string): PageExpectations {
  const parsed = PageExpectations.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${path} is not a valid expectations file: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
