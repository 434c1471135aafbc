import { z } from 'zod';
import { IsoDateTime, StoryArticle } from './article';
import { Coverage, Side } from './coverage';

export const StorySummary = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  articleCount: z.number().int().nonnegative(),
  coverage: Coverage,
  firstSeen: IsoDateTime.nullable(),
  lastUpdated: IsoDateTime.nullable(),
});
export type StorySummary = z.infer<typeof StorySummary>;

/**
 * How each side tells the story: the words and phrases that distinguish one side's headlines
 * and text from the others'. Empty lists when a side has too little coverage to say.
 */
export const StoryFraming = z.object({
  left: z.array(z.string().min(1)),
  center: z.array(z.string().min(1)),
  right: z.array(z.string().min(1)),
});
export type StoryFraming = z.infer<typeof StoryFraming>;

/**
 * Why a story's articles are together: `placed` of them were put here by Parallax's clusterer,
 * because their text shares `terms` (most shared first) with the story's. Null when none was:
 * the articles came with their story in the data they were imported from.
 */
export const StoryGrouping = z.object({
  placed: z.number().int().nonnegative(),
  terms: z.array(z.string().min(1)).max(10),
});
export type StoryGrouping = z.infer<typeof StoryGrouping>;

/**
 * A full story: its summary plus every article with its outlet, newest first. `overview`,
 * `blindspot` and `framing` are optional until the backend computes them (issue 5); the
 * extension shows an honest empty state when they are absent.
 */
export const Story = StorySummary.extend({
  articles: z.array(StoryArticle),
  /**
   * Articles that republish a wire's or another outlet's text (core/wire.ts isSyndicated). They
   * still count in `coverage`: coverage counts outlets that chose to run the story.
   */
  syndicatedArticles: z.number().int().nonnegative().optional(),
  /** A few sentences saying what happened, in the manner of an "Overview". */
  overview: z.array(z.string().min(1)).optional(),
  /** The side that barely covers a well-covered story; null when none. */
  blindspot: Side.nullable().optional(),
  framing: StoryFraming.nullable().optional(),
  /** Absent from views stored before it existed (rebuilt when the story next changes). */
  grouping: StoryGrouping.nullable().optional(),
});
export type Story = z.infer<typeof Story>;

/** Newest articles per three-way side (and unrated) that a story preview carries. */
export const PREVIEW_ARTICLES_PER_SIDE = 3;
/** Overview sentences a story preview carries. */
export const PREVIEW_OVERVIEW_SENTENCES = 3;

/**
 * What the inline badge and the popup show of a story, and all of it: the summary, its
 * blindspot, the first overview sentences and, newest first, at most PREVIEW_ARTICLES_PER_SIDE
 * articles of each side (left, center, right, unrated). The lookups answer with previews so
 * that no second request names the story; the story page (opened by the reader's click)
 * fetches the full story by id.
 */
export const StoryPreview = StorySummary.extend({
  blindspot: Side.nullable(),
  overview: z.array(z.string().min(1)).max(PREVIEW_OVERVIEW_SENTENCES),
  articles: z.array(StoryArticle).max(4 * PREVIEW_ARTICLES_PER_SIDE),
});
export type StoryPreview = z.infer<typeof StoryPreview>;
