import { z } from 'zod';
import { combinedPosition, Source } from './source';

/**
 * A catalog entry is a source as curated by hand: its combined position is derived, and
 * whether it is a portal is listed once for the whole catalog (`portals`).
 */
export const CatalogEntry = Source.omit({ position: true, ratersDisagree: true, portal: true });
export type CatalogEntry = z.infer<typeof CatalogEntry>;

/** The file format of data/catalog.json. */
export const CatalogFile = z.object({
  version: z.literal(1),
  /**
   * Ids of the sources that are portals (MSN, Yahoo, AOL…: they carry other outlets'
   * articles). Kept apart from the entries because the backend's store does not keep the
   * flag: the index reads it from here (core/catalog.ts `withPortalFlags`).
   */
  portals: z.array(z.string()).default([]),
  sources: z.array(CatalogEntry),
});
export type CatalogFile = z.infer<typeof CatalogFile>;

export function sourceFromEntry(entry: CatalogEntry): Source {
  return { ...entry, ...combinedPosition(entry.ratings) };
}

/** Parses a catalog and derives each source's combined position; throws with the bad path. */
export function parseCatalog(json: unknown): Source[] {
  return parseCatalogFile(json).sources.map(sourceFromEntry);
}

/** The ids the catalog lists as portals; throws when one names no source. */
export function parseCatalogPortals(json: unknown): ReadonlySet<string> {
  const file = parseCatalogFile(json);
  const ids = new Set(file.sources.map((entry) => entry.id));
  const unknown = file.portals.find((id) => !ids.has(id));
  if (unknown !== undefined) {
    throw new Error(
      `The source catalog lists "${unknown}" as a portal, but no source has that id.`,
    );
  }
  return new Set(file.portals);
}

/** `sources` with `portal: true` on each one `portals` lists. */
export function withPortalFlags(
  sources: readonly Source[],
  portals: ReadonlySet<string>,
): Source[] {
  return sources.map((source) => (portals.has(source.id) ? { ...source, portal: true } : source));
}

function parseCatalogFile(json: unknown): CatalogFile {
  const result = CatalogFile.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(
      `The source catalog is invalid at ${issue?.path.join('.') || '(root)'}: ${issue?.message}. ` +
        'Fix data/catalog.json (see core/catalog.ts for the format).',
    );
  }
  const seen = new Set<string>();
  for (const entry of result.data.sources) {
    if (seen.has(entry.id)) throw new Error(`The source catalog lists "${entry.id}" twice.`);
    seen.add(entry.id);
  }
  return result.data;
}
