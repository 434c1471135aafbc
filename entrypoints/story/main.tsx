import { render } from 'preact';
import { browser } from 'wxt/browser';
import { StoryPageApp } from '../../components/story-page/story-page-app';
import '../../components/story-page/story-page.css';
import { bundledIndexSources } from '../../utils/shared/bundled-sources';
import { sendToBackground } from '../../utils/shared/messaging';
import { followTheme } from '../../utils/shared/theme/follow-theme';
import { storyIdFrom } from '../../utils/story-page/story-url';

const client = {
  getStory: (storyId: string) => sendToBackground({ type: 'story:get-story', storyId }),
};

const root = document.getElementById('app');
if (root) {
  void followTheme(browser, document.documentElement);
  render(
    <StoryPageApp
      storyId={storyIdFrom(location.search)}
      client={client}
      sources={bundledIndexSources()}
    />,
    root,
  );
}
