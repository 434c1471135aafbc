import { render } from 'preact';
import { PopupApp } from '../../components/popup-app';
import '../../components/styles/popup.css';
import { backgroundClient } from '../../utils/popup/background-client';
import { resolveTabId } from '../../utils/popup/tab-id';

const root = document.getElementById('app');
if (root) {
  void resolveTabId(location.search).then((tabId) => {
    render(<PopupApp tabId={tabId} client={backgroundClient} />, root);
  });
}
