import { SITES, type SiteId } from '../../../core/link-chips/site-adapter';
import type { ContentScriptSpec } from '../content-registration/registration-plan';

/** The id prefix of the link chips' registered content scripts (see content-registration/). */
export const CHIP_SCRIPT_PREFIX = 'link-chips-';

/** WXT's output for entrypoints/link-chips.content/ (`registration: 'runtime'`). */
export const CHIP_CONTENT_SCRIPT = 'content-scripts/link-chips.js';

/** One script per site the reader turned on and granted: nothing at all for the others. */
export function chipScriptsFor(sites: readonly SiteId[]): ContentScriptSpec[] {
  return sites.map((site) => ({
    id: `${CHIP_SCRIPT_PREFIX}${site}`,
    matches: [...SITES[site].matches],
    js: [CHIP_CONTENT_SCRIPT],
    runAt: 'document_idle',
  }));
}
