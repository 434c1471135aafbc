import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountBadge } from '../utils/inline-badge/mount-badge';

/**
 * The inline badge, built on its own and loaded by the content script (dynamic import of this
 * web-accessible file) only on pages detected as articles, so that the script every catalog
 * page runs stays small.
 */
export default defineUnlistedScript(() => {
  const flag = '__parallaxBadgeMounted';
  const scope = globalThis as unknown as Record<string, boolean>;
  if (scope[flag]) return;
  scope[flag] = true;
  void mountBadge();
});
