import { z } from 'zod';
import { IsoDateTime, StoryArticle } from './article';
import { Coverage } from './coverage';

export const StorySummary = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  articleCount: z.number().int().nonnegative(),
  coverage: Coverage,
  firstSeen: IsoDateTime.nullable(),
  lastUpdated: IsoDateTime.nullable(),
});
export type StorySummary = z.infer<typeof StorySummary>;

/** A full story: its summary plus every article with its outlet, newest first. */
export const Story = StorySummary.extend({ articles: z.array(StoryArticle) });
export type Story = z.infer<typeof Story>;
