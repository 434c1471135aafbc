import type { OptionsPageClient } from '../../components/options/options-page';
import { linkChipsClient } from '../link-chips/chips-client';
import { hasHostAccess, onHostAccessChanged, requestHostAccess } from '../shared/host-access';
import { onSourceIndexChanged, sendToBackground } from '../shared/messaging';
import {
  badgeSettingsItem,
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
  ...linkChipsClient,
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
  hostAccess: () => hasHostAccess(),
  requestHostAccess: () => requestHostAccess(),
  onAccessChanged: (listener) => {
    // The background turns the setting off when the access is revoked: both are followed.
    const stopAccess = onHostAccessChanged(() => listener());
    const stopSetting = badgeSettingsItem.watch(() => listener());
    return () => {
      stopAccess();
      stopSetting();
    };
  },
  clearCache: () => sendToBackground({ type: 'options:clear-cache' }),
  loadDataSources: () => sendToBackground({ type: 'options:get-data-sources' }),
  onSourceIndexChanged,
};
