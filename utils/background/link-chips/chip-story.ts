import type { ChipStoryAnswer } from '../../../core/link-chips/chip-messages';
import { canonicalizeUrl } from '../../../core/url';
import { getBackendUrl } from '../../shared/settings';
import { lookupPrivately } from '../private-lookup';

/**
 * The story of a link's article, asked when the reader opens its chip's card and never before:
 * always the private lookup (a hash bucket, not the URL; utils/background/private-lookup.ts).
 */
export async function chipStory(url: string): Promise<ChipStoryAnswer> {
  const canonical = canonicalizeUrl(url);
  if (!canonical) return { found: false, message: 'This link is not an article address.' };
  try {
    const { story } = await lookupPrivately(await getBackendUrl(), canonical);
    if (!story) return { found: false, message: 'Parallax has no story for this article yet.' };
    return { found: true, storyId: story.id, title: story.title, coverage: story.coverage };
  } catch (error) {
    // The backend client's errors already say what failed and what to check.
    const reason = error instanceof Error ? error.message : String(error);
    return { found: false, message: reason || 'The Parallax backend did not answer.' };
  }
}
