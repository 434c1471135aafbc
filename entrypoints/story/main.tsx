import { render } from 'preact';
import { StoryPageApp } from '../../components/story-page-app';
import '../../components/styles/story.css';
import { sendToBackground } from '../../utils/messaging';
import { storyIdFrom } from '../../utils/pages/story-url';
import { followTheme } from '../../utils/pages/theme';
import { bundledIndexSources } from '../../utils/sources/bundled-sources';

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
      sources={bundledIndexSources()}
    />,
    root,
  );
}
