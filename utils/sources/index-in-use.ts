import bundledIndex from 'virtual:parallax-source-index';
import type { SourceIndex } from '../../core/source-index';
import { readStoredIndex } from './index-update';

export interface IndexInUse {
  index: SourceIndex;
  origin: 'bundled' | 'backend';
  /** When the backend last confirmed it; null for the bundled index. */
  checkedAt: number | null;
}

/**
 * The index the background matches pages with: the one fetched from the backend when a valid
 * one is stored (initSourceIndex switches to it at start), else the bundled one. Read from
 * storage rather than from the matcher in memory, so that the answer is right even while a
 * freshly woken service worker is still loading the stored index.
 */
export async function sourceIndexInUse(): Promise<IndexInUse> {
  const stored = await readStoredIndex();
  if (stored) return { index: stored.index, origin: 'backend', checkedAt: stored.checkedAt };
  return { index: bundledIndex, origin: 'bundled', checkedAt: null };
}
