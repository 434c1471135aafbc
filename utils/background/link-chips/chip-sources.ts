import { siteOf } from '../../../core/link-chips/adapters';
import type { ChipSource, ChipSourcesAnswer } from '../../../core/link-chips/chip-messages';
import { chipSourceOf } from '../../../core/link-chips/chip-source';
import { getChipSites } from '../../link-chips/chip-sites';
import { localSourceFor } from '../source-index/local-index';

/**
 * The outlets of a batch of link targets, from the index in use; each outlet once. Answered
 * only for a tab on a site the reader turned chips on for: a stale script left on a site turned
 * off (or any other page) learns nothing.
 */
export async function chipSources(
  targets: readonly string[],
  senderUrl: string | undefined,
): Promise<ChipSourcesAnswer> {
  const site = senderUrl ? siteOf(senderUrl) : null;
  if (!site || !(await getChipSites()).includes(site)) {
    throw new Error('Link chips are off for this site: turn them on in Parallax’s options.');
  }
  const sources: ChipSource[] = [];
  const at = new Map<string, number>();
  const matches = targets.map((target) => {
    const source = localSourceFor(target);
    if (!source) return -1;
    let index = at.get(source.id);
    if (index === undefined) {
      index = sources.push(chipSourceOf(source)) - 1;
      at.set(source.id, index);
    }
    return index;
  });
  return { sources, matches };
}
