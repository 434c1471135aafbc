import type { OptionsPageClient } from '../../components/options/options-page';
import { onSourceIndexChanged, sendToBackground } from '../shared/messaging';
import {
  getBackendUrl,
  getBadgeSettings,
  getLookupMode,
  getTheme,
  setBackendUrl,
  setBadgeSettings,
  setLookupMode,
  setTheme,
} from '../shared/settings';

/** The options page's real connection: settings storage, and the background for the rest. */
export const optionsClient: OptionsPageClient = {
  load: getBackendUrl,
  save: setBackendUrl,
  loadLookupMode: getLookupMode,
  saveLookupMode: setLookupMode,
  test: (url) => sendToBackground({ type: 'options:test-backend', backendUrl: url }),
  loadTheme: getTheme,
  saveTheme: setTheme,
  loadBadge: getBadgeSettings,
  saveBadge: async (settings) => {
    await setBadgeSettings(settings);
    return getBadgeSettings();
  },
  clearCache: () => sendToBackground({ type: 'options:clear-cache' }),
  loadDataSources: () => sendToBackground({ type: 'options:get-data-sources' }),
  onSourceIndexChanged,
};
