/**
 * Reading schema.org JSON-LD the way publishers actually write it: several script blocks,
 * arrays at the top level, nodes inside `@graph` or `mainEntity`, `@type` as a string or an
 * array, blocks wrapped in `<![CDATA[ … ]]>`, and now and then a block that is not valid JSON
 * at all (skipped, never fatal).
 */

export type JsonLdNode = Record<string, unknown>;

export const isNode = (value: unknown): value is JsonLdNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function collect(value: unknown, into: JsonLdNode[], depth: number): void {
  // Publishers nest deeply only by accident; a bound keeps a cyclic-looking page cheap.
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into, depth + 1);
    return;
  }
  if (!isNode(value)) return;
  into.push(value);
  collect(value['@graph'], into, depth + 1);
  // A WebPage often carries the article as its main entity.
  collect(value.mainEntity, into, depth + 1);
}

/** Every JSON-LD node in the document, flattened, in document order. */
export function jsonLdNodes(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = (script.textContent ?? '').replace(
      /^\s*(\/\/\s*)?<!\[CDATA\[|(\/\/\s*)?\]\]>\s*$/g,
      '',
    );
    try {
      collect(JSON.parse(text), nodes, 0);
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

/** Every name in a property that may be a string, an object or an array of either. */
export function namesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map(textOf).filter((name): name is string => name !== null);
}

/** A URL-valued property: a string, or an object's `@id`/`url`. */
export function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (isNode(value)) return urlOf(value['@id'] ?? value.url);
  return null;
}
