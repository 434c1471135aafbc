import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adapterFor } from '../../core/link-chips/adapters';
import { sendToBackground } from '../shared/messaging';
import { startLinkChips } from './chip-controller';
import { getChipSites, watchChipSites } from './chip-sites';

/**
 * The content script's whole job: if this page is a surface an adapter reads and its site is
 * on, keep chips beside its links; take them all away the moment the site is turned off or
 * the extension goes away (reload, update), so nothing is left on a site that is off.
 */
export function runLinkChips(ctx: ContentScriptContext): void {
  const adapter = adapterFor(location.href);
  if (!adapter) return;
  let stop: (() => void) | null = null;
  const apply = (sites: readonly string[]) => {
    if (ctx.isInvalid) return;
    const on = sites.includes(adapter.site);
    if (on && !stop) {
      stop = startLinkChips(document, adapter, {
        sources: (targets) => sendToBackground({ type: 'content:link-chip-sources', targets }),
        story: (url) => sendToBackground({ type: 'content:link-chip-story', url }),
        openStory: (storyId) => void sendToBackground({ type: 'content:open-story', storyId }),
      });
    } else if (!on && stop) {
      stop();
      stop = null;
    }
  };
  void getChipSites().then(apply);
  const unwatch = watchChipSites(apply);
  ctx.onInvalidated(() => {
    unwatch();
    stop?.();
    stop = null;
  });
}
