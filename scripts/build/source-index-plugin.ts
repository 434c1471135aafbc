import type { Plugin } from 'vite';
import { bundledSources } from '../../core/bundled-catalog';
import { buildSourceIndex } from '../../core/source-index';

const MODULE_ID = 'virtual:parallax-source-index';
const RESOLVED_ID = `\0${MODULE_ID}`;

/**
 * Build time only (wxt.config.ts, vitest.config.ts): generates `virtual:parallax-source-index`,
 * the compact index (core/source-index.ts) of data/catalog.json. Generated on each build, never
 * committed; the extension bundles a few KB of index instead of the catalog and its parser.
 * Emitted as JSON.parse of a string literal, which engines parse faster than an object literal.
 */
export function sourceIndexPlugin(): Plugin {
  return {
    name: 'parallax-source-index',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const json = JSON.stringify(buildSourceIndex(bundledSources));
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}
