import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Parallax',
    description:
      "See the outlet's bias rating, how left, center and right outlets cover the story, and " +
      'the same story from other outlets. Open source, private by design.',
    // storage: settings, per-tab state (storage.session). The toolbar popup finds its tab with
    // tabs.query({active, currentWindow}), which needs no `tabs` permission.
    permissions: ['storage'],
    icons: {
      16: 'icon/16.png',
      32: 'icon/32.png',
      48: 'icon/48.png',
      128: 'icon/128.png',
    },
    action: { default_title: 'Parallax: who else covers this story' },
    browser_specific_settings: {
      gecko: { id: 'parallax@parallax.invalid', strict_min_version: '115.0' },
    },
  },
});
