import { render } from 'preact';
import { StoryPageApp } from '../../components/story-page-app';
import '../../components/styles/story.css';
import { bundledSources } from '../../core/bundled-catalog';
import { sendToBackground } from '../../utils/messaging';
import { storyIdFrom } from '../../utils/pages/story-url';
import { followTheme } from '../../utils/pages/theme';

const client = {
  getStory: (storyId: string) => sendToBackground({ type: 'story:get-story', storyId }),
};

const root = document.getElementById('app');
if (root) {
  void followTheme();
  render(
    <StoryPageApp
      storyId={storyIdFrom(location.search)}
      client={client}
      sources={bundledSources}
    />,
    root,
  );
}
