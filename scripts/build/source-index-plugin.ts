import type { Plugin } from 'vite';
import { bundledPortals, bundledSources } from '../../core/bundled-catalog';
import { withPortalFlags } from '../../core/catalog';
import { buildSourceIndex, type SourceIndex } from '../../core/source-index';
import { bundledIndex } from './outlet-index/bundled-index';

const MODULE_ID = 'virtual:parallax-source-index';
const RESOLVED_ID = `\0${MODULE_ID}`;

let index: Promise<SourceIndex> | null = null;

/**
 * Build time only (wxt.config.ts, vitest.config.ts): generates `virtual:parallax-source-index`,
 * the compact index (core/source-index.ts) of data/catalog.json merged with the rating files
 * (scripts/build/outlet-index/bundled-index.ts). Generated on each build, never committed.
 * Emitted as JSON.parse of a string literal, which engines parse faster than an object literal.
 *
 * Under Vitest the index is the curated catalog alone, so that unit tests do not depend on
 * ../shared/data; set PARALLAX_RATINGS_DIR to test with the full index.
 */
export function sourceIndexPlugin(): Plugin {
  const catalogOnly = process.env.VITEST !== undefined && !process.env.PARALLAX_RATINGS_DIR;
  return {
    name: 'parallax-source-index',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // Built once per process: WXT runs one Vite build (and plugin instance) per entrypoint group.
      index ??= catalogOnly
        ? Promise.resolve(buildSourceIndex(withPortalFlags(bundledSources, bundledPortals)))
        : bundledIndex();
      const json = JSON.stringify(await index);
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}
