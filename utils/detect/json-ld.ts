/**
 * Reading schema.org JSON-LD the way publishers actually write it: several script blocks,
 * arrays at the top level, nodes inside `@graph`, `@type` as a string or an array, and now
 * and then a block that is not valid JSON at all (skipped, never fatal).
 */

export type JsonLdNode = Record<string, unknown>;

const isNode = (value: unknown): value is JsonLdNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function collect(value: unknown, into: JsonLdNode[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
    return;
  }
  if (!isNode(value)) return;
  into.push(value);
  if (Array.isArray(value['@graph'])) collect(value['@graph'], into);
}

/** Every JSON-LD node in the document, flattened, in document order. */
export function jsonLdNodes(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''), nodes);
    } catch {
      // A malformed block says nothing about the page; the others may still.
    }
  }
  return nodes;
}

export function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  // "http://schema.org/NewsArticle" and "schema:NewsArticle" name the same type.
  return types
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/:#]/, ''));
}

/** A string property, or the `name` of an object (or first of an array) in that property. */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return textOf(value[0]);
  if (isNode(value)) return textOf(value.name);
  return null;
}
