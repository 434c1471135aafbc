import type { StoryAnswer } from '../../core/messages';
import { getBackendUrl } from '../shared/settings';
import { getStory } from './backend-client';
import { db } from './db';

/**
 * The story page's story: asked of the backend fresh (the page is opened to read it in full),
 * falling back to a copy cached with a lookup when the backend cannot be reached.
 */
export async function fetchStory(storyId: string): Promise<StoryAnswer> {
  try {
    const story = await getStory(await getBackendUrl(), storyId);
    if (story) return { found: true, story };
    return {
      found: false,
      message:
        'The Parallax backend no longer knows this story. It may have been merged into another ' +
        'one; open the article again to find its current story.',
    };
  } catch (error) {
    const cached = await db.lookups.filter((row) => row.story?.id === storyId).first();
    if (cached?.story) return { found: true, story: cached.story };
    return { found: false, message: error instanceof Error ? error.message : String(error) };
  }
}
