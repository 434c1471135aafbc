/**
 * All `<meta>` tags of a page in one pass, keyed by their lower-cased `property` or `name`
 * (OpenGraph uses `property`, most others `name`; many publishers mix them up).
 */
export type MetaTags = Map<string, string[]>;

export function readMetaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const element of doc.getElementsByTagName('meta')) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name'))?.toLowerCase();
    const content = element.getAttribute('content')?.trim();
    if (!key || !content) continue;
    const values = tags.get(key);
    if (values) values.push(content);
    else tags.set(key, [content]);
  }
  return tags;
}

/** The first non-empty value among `keys`, in the order given. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return null;
}
