import catalogJson from '../data/catalog.json';
import { parseCatalog, parseCatalogPortals } from './catalog';
import type { Source } from './source';

/** The curated catalog that ships with Parallax (data/catalog.json), parsed once. */
export const bundledSources: readonly Source[] = parseCatalog(catalogJson);

/** Ids of the catalog's portals (MSN, Yahoo, AOL…): `withPortalFlags` puts them on sources. */
export const bundledPortals: ReadonlySet<string> = parseCatalogPortals(catalogJson);
