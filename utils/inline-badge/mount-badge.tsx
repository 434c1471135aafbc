import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { InlineBadge } from '../../components/inline-badge/inline-badge';
import badgeCss from '../../components/inline-badge/inline-badge.css?inline';
import type { TabState } from '../../core/tab-state';
import { sendToBackground } from '../shared/messaging';
import {
  badgeAllowedOn,
  badgeSettingsItem,
  getBadgeSettings,
  setBadgeSettings,
  siteKey,
} from '../shared/settings';
import { tabStateFromPush } from '../shared/tab-state-channel';
import { followTheme } from '../shared/theme/follow-theme';
import { followPlacement } from './follow-placement';
import type { BadgePlacement } from './place-badge';

/** Whether the tab's state is one the badge has something to say about. */
function shows(state: TabState | null, dismissedFor: string | null): state is TabState {
  if (!state?.source || !state.detected || state.phase === 'not-article') return false;
  return state.pageUrl !== dismissedFor;
}

/**
 * Mounts the inline badge on this page: asks the background for the tab's state, then follows
 * the state the background pushes (loading → ready, SPA navigation, a cleared page). Loaded by
 * the content script only once a page is detected as an article.
 */
export async function mountBadge(): Promise<void> {
  if (!badgeAllowedOn(await getBadgeSettings(), location.hostname)) return;
  const ctx = new ContentScriptContext('parallax-badge');
  const site = siteKey(location.hostname);
  let state: TabState | null = null;
  let dismissedFor: string | null = null;

  const ui = await createShadowRootUi(ctx, {
    name: 'parallax-badge',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    css: badgeCss.replaceAll(':root', ':host'),
    // Keys typed in the badge must not trigger the page's own shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount: (container) => container,
  });
  const stops: (() => void)[] = [];
  const stopAll = () => {
    for (const stop of stops.splice(0)) stop();
  };
  ctx.onInvalidated(stopAll);
  // The theme chosen in Options, from before the first draw and as it changes.
  stops.push(await followTheme(browser, ui.shadowHost));
  ui.mount();
  const container = ui.uiContainer;

  // Clear of the page's fixed bars. A rise is a transform (no layout shift, even for the
  // badge itself); a change of corner redraws the badge as a new element for the same reason.
  const place = (placement: BadgePlacement) => {
    container.style.setProperty('--badge-lift', `${placement.lift}px`);
    container.setAttribute('data-side', placement.side);
  };
  const following = followPlacement(ui.shadowHost, (placement) => {
    const moved = placement.side !== container.getAttribute('data-side');
    place(placement);
    if (moved) draw();
  });
  stops.push(following.stop);
  place(following.placement);

  const draw = () => {
    if (!shows(state, dismissedFor)) {
      render(null, container);
      return;
    }
    const current = state;
    render(
      <InlineBadge
        key={`${current.pageUrl ?? ''} ${container.getAttribute('data-side')}`}
        state={current}
        site={site}
        onOpenStory={(storyId) => void sendToBackground({ type: 'content:open-story', storyId })}
        onDismiss={() => {
          dismissedFor = current.pageUrl;
          draw();
        }}
        onTurnOffForSite={() => {
          void getBadgeSettings().then((settings) =>
            setBadgeSettings({ ...settings, disabledSites: [...settings.disabledSites, site] }),
          );
        }}
      />,
      container,
    );
  };

  // The tab-state channel's delivery to content scripts, which cannot read storage.session.
  const onPush = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return;
    const pushed = tabStateFromPush(message);
    if (pushed === undefined) return;
    state = pushed;
    draw();
  };
  browser.runtime.onMessage.addListener(onPush);
  stops.push(() => browser.runtime.onMessage.removeListener(onPush));

  stops.push(
    badgeSettingsItem.watch(async () => {
      if (badgeAllowedOn(await getBadgeSettings(), location.hostname)) return;
      stopAll();
      render(null, container);
      ui.remove();
    }),
  );

  try {
    state = await sendToBackground({ type: 'content:get-tab-state' });
  } catch {
    state = null; // The background will push the state when it has one.
  }
  draw();
}
