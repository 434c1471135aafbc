/** Generated at build time by scripts/build/source-index-plugin.ts from data/catalog.json. */
declare module 'virtual:parallax-source-index' {
  const index: import('../../core/source-index').SourceIndex;
  export default index;
}
