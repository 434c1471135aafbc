/** Defined by wxt.config.ts (Vite `define`): `catalogMatchPatterns(bundledSources)`. */
declare const __PARALLAX_CONTENT_MATCHES__: string[];
