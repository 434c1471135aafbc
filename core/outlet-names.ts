import type { SourceIndex } from './source-index';

/**
 * "The Guardian", "the guardian" and "Guardian" compare equal; so do "A.P." and "AP", and
 * "Le Monde" with or without its accent.
 */
export function comparableName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Each named outlet of an index, by comparable name, to the first domain it publishes on: for
 * a portal's provider credit that names its outlet without linking it ("Associated Press").
 * Only the index's full sources have names of their own; a domain-only site is named by its
 * domain, which a credit does not use. A name two outlets share is left out: ambiguous.
 */
export function outletDomainsByName(index: SourceIndex): Map<string, string> {
  const byName = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const [, name, domains] of index.sources) {
    const key = comparableName(name);
    const domain = domains.split(' ')[0];
    if (key.length < 2 || !domain || ambiguous.has(key)) continue;
    if (byName.has(key) && byName.get(key) !== domain) {
      byName.delete(key);
      ambiguous.add(key);
      continue;
    }
    byName.set(key, domain);
  }
  return byName;
}
