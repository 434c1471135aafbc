import { z } from 'zod';

/**
 * The news agencies ("wires") whose copy other outlets republish. An article attributed to a
 * wire carries that wire's text: the wire's own article, or another outlet's copy of it
 * (server/wire/ decides which articles are).
 */
export const WIRE_IDS = ['ap', 'reuters', 'afp', 'upi', 'cp', 'aap', 'dpa'] as const;
export const Wire = z.enum(WIRE_IDS);
export type Wire = z.infer<typeof Wire>;

export interface WireInfo {
  /** Short name as outlets credit it ("via AP"). */
  label: string;
  /** Full name, for explanations. */
  name: string;
  /** The wire's own entry in the bundled catalog, when it has one. */
  sourceId: string | null;
}

export const WIRES: Readonly<Record<Wire, WireInfo>> = {
  ap: { label: 'AP', name: 'The Associated Press', sourceId: 'associated-press' },
  reuters: { label: 'Reuters', name: 'Reuters', sourceId: 'reuters' },
  afp: { label: 'AFP', name: 'Agence France-Presse', sourceId: 'afp' },
  upi: { label: 'UPI', name: 'United Press International', sourceId: 'upi' },
  cp: { label: 'CP', name: 'The Canadian Press', sourceId: 'canadian-press' },
  aap: {
    label: 'AAP',
    name: 'Australian Associated Press',
    sourceId: 'australian-associated-press',
  },
  dpa: { label: 'dpa', name: 'Deutsche Presse-Agentur', sourceId: null },
};

/** The few fields that say whether an article carries someone else's copy. */
export interface CopyFields {
  sourceId: string | null;
  wire?: Wire | null;
  duplicateOf?: string | null;
}

/** True when the article is a wire's copy published by an outlet other than that wire. */
export function isWireCopy(article: CopyFields): boolean {
  return !!article.wire && article.sourceId !== WIRES[article.wire].sourceId;
}

/**
 * True when the article republishes text that is not its outlet's own: a wire's copy, or a
 * near-duplicate of an earlier article by another outlet (syndication). The wire's own articles
 * are originals.
 */
export function isSyndicated(article: CopyFields): boolean {
  return isWireCopy(article) || (!article.wire && !!article.duplicateOf);
}
