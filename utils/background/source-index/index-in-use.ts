import bundledIndex from 'virtual:parallax-source-index';
import type { SourceIndex } from '../../../core/source-index';
import { getBackendUrl } from '../../shared/settings';
import { storedIndexFrom } from './index-update';

export interface IndexInUse {
  index: SourceIndex;
  origin: 'bundled' | 'backend';
  /** When the backend last confirmed it; null for the bundled index. */
  checkedAt: number | null;
}

/**
 * The index the background matches pages with: the one fetched from the backend set now when
 * a valid one is stored (initSourceIndex switches to it at start and on a backend change), else
 * the bundled one. An index from a previous backend is not in use, even though it stays stored.
 * Read from storage rather than from the matcher in memory, so that the answer is right even
 * while a freshly woken service worker is still loading the stored index.
 */
export async function sourceIndexInUse(): Promise<IndexInUse> {
  const stored = await storedIndexFrom(await getBackendUrl());
  if (stored) return { index: stored.index, origin: 'backend', checkedAt: stored.checkedAt };
  return { index: bundledIndex, origin: 'bundled', checkedAt: null };
}
