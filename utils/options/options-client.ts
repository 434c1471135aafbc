import type { OptionsClient } from '../../components/options-form';
import { sendToBackground } from '../messaging';
import { getBackendUrl, setBackendUrl } from '../settings';

/** The options page's real connection: settings storage, and the background for the test. */
export const optionsClient: OptionsClient = {
  load: getBackendUrl,
  save: setBackendUrl,
  test: (url) => sendToBackground({ type: 'options:test-backend', backendUrl: url }),
};
