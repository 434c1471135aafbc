import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { sourceIndexPlugin } from './scripts/build/source-index-plugin';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // `npm run zip`: the store packages, and for Firefox the sources zip its reviewers rebuild the
  // add-on from (npm ci && PARALLAX_RATINGS_DIR=.generated/ratings npx wxt build -b firefox).
  // Benchmarks, tests and docs are not part of the add-on's build, so they stay out of it; the
  // backend's code stays in, because the build merges the outlet index with server/ratings/.
  // The rating files it is built from ride along (copied to the git-ignored .generated/ratings/
  // by scripts/build/ratings-for-review.mjs), so the reviewers' build gives the same index.
  zip: {
    excludeSources: ['bench/**', 'tests/**', 'docs/**', 'bin/**', '.ci/**'],
    includeSources: ['.generated/ratings/**'],
  },
  vite: () => ({
    plugins: [preact(), sourceIndexPlugin(), quietZodAnnotations()],
    build: {
      // The background and the story page carry the bundled outlet index (16,000 outlets as
      // one JSON string, parsed once: 140 KB gzipped, measured by `npm run bench --
      // outlet-index`), so their chunks pass Vite's 500 kB hint by design; code-splitting
      // cannot shrink data both need at start. The limit still flags anything that grows past it.
      chunkSizeWarningLimit: 1100,
      rollupOptions: {
        // tldts is pure but does not say so (no `sideEffects` in its package.json), so its
        // public-suffix list would ride along with core/url.ts into the content script.
        treeshake: { moduleSideEffects: (id: string) => !/[\\/]tldts(-core)?[\\/]/.test(id) },
      },
    },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Parallax',
    description:
      "See the outlet's bias rating, how left, center and right outlets cover the story, and " +
      'the same story from other outlets. Open source, private by design.',
    // storage: settings and per-tab state (storage.session). The popup finds its tab with
    // tabs.query({active, currentWindow}), which needs no `tabs` permission; the backend
    // allows extension origins (CORS), so no host permission for it either.
    // activeTab + scripting: the click-only default. A click on the toolbar button grants
    // access to that one tab, and the background runs the detection there (detect-tab.js).
    // scripting also registers the content script at run time, for the index's outlets.
    permissions: ['storage', 'scripting', 'activeTab'],
    // Asked for only when the reader turns the inline badge on, after Options explains it
    // (utils/shared/host-access.ts): every site, because the outlets come from an index that
    // changes at run time; the registered content script lists only the index's outlets.
    // Firefox MV2 has no optional_host_permissions (WXT drops the key): origins go in
    // optional_permissions there.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['*://*/*'] }
      : { optional_permissions: ['*://*/*'] }),
    // The badge (inline-badge.js) is imported by the content script on article pages only, so
    // it must be web-accessible on every outlet the content script may run on. Those come from
    // the index in use, which the backend updates at run time, and a manifest is fixed at build
    // time: so every URL. That reveals nothing on Chrome MV3, where use_dynamic_url serves it
    // under a per-session URL a page cannot guess (runtime.getURL gives it), so no page can
    // probe a fixed chrome-extension://<id>/ URL to tell that Parallax is installed. Firefox
    // already serves WAR under a per-install UUID and does not support the key (and MV2 WAR
    // has no matches: WXT writes the plain list there).
    web_accessible_resources: [
      {
        resources: ['inline-badge.js'],
        ...(browser !== 'firefox' && manifestVersion === 3 ? { use_dynamic_url: true } : {}),
        matches: ['<all_urls>'],
      },
    ],
    icons: {
      16: 'icon/16.png',
      32: 'icon/32.png',
      48: 'icon/48.png',
      128: 'icon/128.png',
    },
    // Firefox only (Chrome warns about the unknown key). storage.session needs Firefox 115;
    // data_collection_permissions is read from Firefox 140 (Android 142), so those are the
    // minimums: addons-linter flags the key below them, and ESR 115 is out of support.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'parallax@parallax.invalid',
          strict_min_version: '140.0',
          // Declared truthfully: nothing is collected (PRIVACY.md). The backend lookups carry a
          // hash range by default, or a URL only when the reader opts in, and are not collection
          // by the developer.
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});

/**
 * zod's own sources put a `@__PURE__` comment where Rollup cannot read it, and Rollup says so
 * once per bundle (three times a build). The comment is dropped and the code is unchanged, so
 * nothing is to be done on our side: this one warning, for zod only, is not shown. A plugin's
 * onLog hook, because WXT's per-entrypoint builds do not call rollupOptions.onwarn.
 */
function quietZodAnnotations(): Plugin {
  return {
    name: 'parallax:quiet-zod-annotations',
    onLog(_level, log) {
      return !(
        log.code === 'INVALID_ANNOTATION' && /[\\/]node_modules[\\/]zod[\\/]/.test(log.id ?? '')
      );
    },
  };
}
