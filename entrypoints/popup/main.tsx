import { render } from 'preact';
import { PopupApp } from '../../components/popup/popup-app';
import '../../components/popup/popup.css';
import { backgroundClient } from '../../utils/popup/background-client';
import { takePopupReads } from '../../utils/popup/early-reads';
import { nativeBrowser } from '../../utils/popup/native-browser';
import { popupStartFrom } from '../../utils/popup/popup-start';
import { followTheme } from '../../utils/shared/theme/follow-theme';

// The marks let the benchmark (bench/popup-in-chromium.ts) split the popup's time to content.
performance.mark('parallax:popup-script');
const api = nativeBrowser();
// Started by popup-early.js while this module loaded; the first paint waits for them, so that
// it shows the tab's cached answer in the reader's theme, not a skeleton replaced a frame later.
const reads = takePopupReads(api, location.search);
const theme = followTheme(api, document.documentElement, reads.storedTheme);
// The link chips' switch (issue 14) loads only once the popup is painted.
const loadChipsClient = () =>
  import('../../utils/link-chips/chips-client').then((module) => module.linkChipsClient);
const root = document.getElementById('app');
if (root) {
  void Promise.all([popupStartFrom(reads), theme]).then(([{ tabId, state }]) => {
    performance.mark('parallax:popup-state');
    render(
      <PopupApp
        tabId={tabId}
        client={backgroundClient(api)}
        initialState={state}
        loadChipsClient={loadChipsClient}
      />,
      root,
    );
    performance.mark('parallax:popup-rendered');
  });
}
