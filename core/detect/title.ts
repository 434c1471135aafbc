/** Separators publishers put between the headline and the outlet, section or author. */
const SEPARATOR = /\s+[|\-–—:·•]\s+/;

const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\.(com|co\.uk|cz|fr|de|org|net)$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The headline without what `<title>` and og:title often append: " | Outlet", " - Outlet",
 * " | Author | Section | Outlet". A trailing part is cut only when it names the outlet, the
 * site, an author or the section: a headline with a dash in it stays whole.
 */
export function stripTitleSuffix(title: string, names: readonly (string | null)[]): string {
  const known = new Set(names.filter((n): n is string => !!n).map(comparable));
  known.delete('');
  let parts = title.split(SEPARATOR);
  // Only the separators actually present are removed, so re-join on what split found.
  const separators = title.match(new RegExp(SEPARATOR, 'g')) ?? [];
  while (parts.length > 1) {
    const last = comparable(parts[parts.length - 1] as string);
    const named = [...known].some(
      (name) => last === name || (last.length > 2 && name.startsWith(last)),
    );
    if (!named) break;
    parts = parts.slice(0, -1);
  }
  let result = parts[0] as string;
  for (let i = 1; i < parts.length; i++) result += (separators[i - 1] ?? ' ') + parts[i];
  return result.trim() || title;
}
