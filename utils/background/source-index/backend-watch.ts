import { backendUrlItem } from '../../shared/settings';
import { notifyIndexInUseChanged } from './index-change';
import { type IndexRefresh, initSourceIndex } from './index-update';

/**
 * Background: when the reader points Options at another backend, stop matching with the old
 * backend's index at once (the bundled one serves) and ask the new backend for its own, instead
 * of waiting up to SOURCE_INDEX_MAX_AGE_MS. `onRefreshed` sees each outcome (tests, logging).
 * Returns the function that stops watching.
 */
export function watchBackendForSourceIndex(
  onRefreshed: (result: IndexRefresh) => void = () => {},
): () => void {
  return backendUrlItem.watch(() => {
    void initSourceIndex().then((result) => {
      // Another backend's index, or the bundled one until it answers: the outlets changed.
      if (result !== 'updated') notifyIndexInUseChanged();
      onRefreshed(result);
    });
  });
}
