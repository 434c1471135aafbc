import { z } from 'zod';
import { BiasPosition } from '../bias';
import { Coverage } from '../coverage';

/**
 * The link-chips content script's two questions to the background (core/messages.ts lists them
 * in the protocol). The page never gets the index: one message carries a batch of link targets,
 * and the answer names only the outlets among them, compactly.
 */

/** At most this many targets per message; the content script sends larger pages in batches. */
export const MAX_CHIP_TARGETS = 500;

/** A link target as the content script sends it: origin and path, no query or fragment. */
const ChipTarget = z.url({ protocol: /^https?$/ }).max(2048);

export const ChipSourcesRequest = z.object({
  type: z.literal('content:link-chip-sources'),
  targets: z.array(ChipTarget).min(1).max(MAX_CHIP_TARGETS),
});

/** What a chip and its card show about an outlet, and no more. */
export const ChipSource = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  position: BiasPosition.nullable(),
  ratersDisagree: z.boolean(),
  /** Who placed it on the scale ("AllSides", …), for the card. */
  raters: z.array(z.string().min(1)),
  /** The first reliability verdict a rater gives, in its own words, and whose it is. */
  reliability: z.object({ label: z.string().min(1), rater: z.string().min(1) }).nullable(),
});
export type ChipSource = z.infer<typeof ChipSource>;

export const ChipSourcesAnswer = z.object({
  /** Each outlet once. */
  sources: z.array(ChipSource),
  /** Per target, in the request's order: its outlet's position in `sources`, or -1. */
  matches: z.array(z.number().int().min(-1)),
});
export type ChipSourcesAnswer = z.infer<typeof ChipSourcesAnswer>;

/** Asked only when the reader opens a chip's card: the story of the article the link goes to. */
export const ChipStoryRequest = z.object({
  type: z.literal('content:link-chip-story'),
  url: z.url({ protocol: /^https?$/ }).max(2048),
});

export const ChipStoryAnswer = z.discriminatedUnion('found', [
  z.object({
    found: z.literal(true),
    storyId: z.string().min(1),
    title: z.string().min(1),
    coverage: Coverage,
  }),
  z.object({ found: z.literal(false), message: z.string() }),
]);
export type ChipStoryAnswer = z.infer<typeof ChipStoryAnswer>;
