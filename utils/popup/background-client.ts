import type { PopupClient } from '../../components/popup-app';
import { sendToBackground } from '../messaging';

/** The popup's real connection to the background, over the typed message protocol. */
export const backgroundClient: PopupClient = {
  getTabState: (tabId) => sendToBackground({ type: 'popup:get-tab-state', tabId }),
  retry: (tabId) => sendToBackground({ type: 'popup:retry', tabId }),
};
