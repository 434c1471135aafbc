import type { OptionsClient } from '../../components/options-form';
import { sendToBackground } from '../messaging';
import { getBackendUrl, getLookupMode, setBackendUrl, setLookupMode } from '../settings';

/** The options page's real connection: settings storage, and the background for the test. */
export const optionsClient: OptionsClient = {
  load: getBackendUrl,
  save: setBackendUrl,
  loadLookupMode: getLookupMode,
  saveLookupMode: setLookupMode,
  test: (url) => sendToBackground({ type: 'options:test-backend', backendUrl: url }),
};
