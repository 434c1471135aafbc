import { z } from 'zod';
import { combinedPosition, Source } from './source';

/** A catalog entry is a source as curated by hand: its combined position is derived. */
export const CatalogEntry = Source.omit({ position: true, ratersDisagree: true });
export type CatalogEntry = z.infer<typeof CatalogEntry>;

/** The file format of data/catalog.json. */
export const CatalogFile = z.object({
  version: z.literal(1),
  sources: z.array(CatalogEntry),
});
export type CatalogFile = z.infer<typeof CatalogFile>;

export function sourceFromEntry(entry: CatalogEntry): Source {
  return { ...entry, ...combinedPosition(entry.ratings) };
}

/** Parses a catalog and derives each source's combined position; throws with the bad path. */
export function parseCatalog(json: unknown): Source[] {
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
  return result.data.sources.map(sourceFromEntry);
}
