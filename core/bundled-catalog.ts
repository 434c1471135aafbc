import catalogJson from '../data/catalog.json';
import { parseCatalog } from './catalog';
import type { Source } from './source';

/** The curated catalog that ships with Parallax (data/catalog.json), parsed once. */
export const bundledSources: readonly Source[] = parseCatalog(catalogJson);
