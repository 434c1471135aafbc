import { render } from 'preact';
import { PopupApp } from '../../components/popup-app';
import '../../components/styles/popup.css';
import { followTheme } from '../../utils/pages/theme';
import { backgroundClient } from '../../utils/popup/background-client';
import { resolveTabId } from '../../utils/popup/tab-id';

void followTheme();
const root = document.getElementById('app');
if (root) {
  void resolveTabId(location.search).then((tabId) => {
    render(<PopupApp tabId={tabId} client={backgroundClient} />, root);
  });
}
