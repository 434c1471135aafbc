import type { StoryAnswer } from '../../core/messages';
import { getBackendUrl } from '../shared/settings';
import { getStory } from './backend-client';

/**
 * The story page's story, asked of the backend by id: the one request that names a story, sent
 * only because the reader opened the page. Never answered from the lookup cache: that holds
 * previews (a few articles per side), and the page promises every article; when the backend
 * cannot be reached the page says so and offers Retry, while the popup still shows the preview.
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
    return { found: false, message: error instanceof Error ? error.message : String(error) };
  }
}
