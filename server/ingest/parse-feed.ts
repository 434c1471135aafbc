import { parseFeed } from 'feedsmith';
import { MAX_TITLE_CHARS, withoutNul } from './article-caps';

/** One feed entry, whatever the format, reduced to what ingestion needs. */
export interface FeedItem {
  /** The item's link as given (absolute, resolved against the feed's URL); null when none. */
  url: string | null;
  title: string;
  /** Plain-text summary or lede (tags removed, entities decoded); null when none. */
  summary: string | null;
  /** ISO 8601 UTC; null when absent or unreadable. */
  publishedAt: string | null;
  guid: string | null;
  /**
   * The item's authors as credited (RSS author, dc:creator, Atom and JSON Feed authors), joined
   * with "; "; null when none. Says when the text is a wire's (server/wire/markers.ts).
   */
  byline?: string | null;
  /**
   * The item's categories as the feed names them (RSS `<category>`, Atom `category` label or
   * term, JSON Feed `tags`), at most MAX_CATEGORIES; absent when none. Say its kind when an
   * outlet files columns under "Opinion" (article-kind.ts).
   */
  categories?: string[];
}

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export type ParseResult =
  | { ok: true; format: FeedFormat; title: string | null; items: FeedItem[] }
  | { ok: false; reason: string };

const MAX_ITEMS = 500;
const MAX_SUMMARY = 2_000;
const MAX_CATEGORIES = 20;
const MAX_CATEGORY_CHARS = 100;

/**
 * Decodes and parses a feed body (RSS 0.9x/2.0, RSS 1.0/RDF, Atom, JSON Feed) with feedsmith.
 * Never throws: anything unreadable is `{ ok: false, reason }`. Items without a title or a link
 * are dropped, so what comes out can be stored as articles.
 */
export function parseFeedBody(
  body: Uint8Array | string,
  contentType?: string | null,
  baseUrl?: string,
): ParseResult {
  try {
    const text = typeof body === 'string' ? body : decode(body, contentType ?? null);
    if (text.trim() === '') return { ok: false, reason: 'empty body' };
    const parsed = parseFeed(text) as { format: FeedFormat; feed: unknown };
    const feed = parsed.feed as Record<string, unknown>;
    const rawItems = (parsed.format === 'atom' ? feed.entries : feed.items) as unknown;
    const items: FeedItem[] = [];
    for (const raw of Array.isArray(rawItems) ? rawItems.slice(0, MAX_ITEMS) : []) {
      const item = normalizeItem(parsed.format, raw as Record<string, unknown>, baseUrl);
      if (item) items.push(nulFree(item));
    }
    return { ok: true, format: parsed.format, title: plain(feedTitle(feed)), items };
  } catch (error) {
    const message = (error as Error)?.message ?? String(error);
    return { ok: false, reason: `not a readable feed (${message.slice(0, 160)})` };
  }
}

/** The item with NUL dropped from its strings (see withoutNul): a JSON Feed can carry \u0000. */
function nulFree(item: FeedItem): FeedItem {
  const strip = (value: string | null | undefined) =>
    value === null || value === undefined ? null : withoutNul(value) || null;
  return {
    ...item,
    url: strip(item.url),
    title: withoutNul(item.title),
    summary: strip(item.summary),
    guid: strip(item.guid),
    byline: strip(item.byline),
    ...(item.categories
      ? { categories: item.categories.map(withoutNul).filter((c) => c !== '') }
      : {}),
  };
}

function feedTitle(feed: Record<string, unknown>): unknown {
  return feed.title;
}

function normalizeItem(
  format: FeedFormat,
  item: Record<string, unknown>,
  baseUrl: string | undefined,
): FeedItem | null {
  let link: unknown;
  let title: unknown = item.title;
  let summary: unknown;
  let date: unknown;
  let guid: unknown;
  const dc = item.dc as { dates?: unknown[]; date?: unknown } | undefined;
  if (format === 'atom') {
    const links = (item.links as Array<{ href?: string; rel?: string }> | undefined) ?? [];
    link = (links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0])?.href;
    title = textValue(item.title);
    summary = textValue(item.summary) ?? textValue(item.content);
    date = item.published ?? item.updated;
    guid = item.id;
  } else if (format === 'json') {
    link = item.url ?? item.external_url;
    summary = item.summary ?? item.content_text ?? item.content_html;
    date = item.date_published ?? item.date_modified;
    guid = item.id;
  } else {
    link = item.link;
    const content = item.content as { encoded?: unknown } | undefined;
    summary = item.description ?? content?.encoded;
    date = item.pubDate ?? dc?.dates?.[0] ?? dc?.date;
    const g = item.guid as { value?: unknown } | string | undefined;
    guid = typeof g === 'object' ? g?.value : g;
    const rdf = item.rdf as { about?: unknown } | undefined;
    if (!link && typeof rdf?.about === 'string') link = rdf.about;
    if (!link && typeof g === 'object' && (g as { isPermaLink?: boolean }).isPermaLink !== false) {
      link = guid;
    }
  }
  const cleanTitle = plain(title);
  const url = absoluteUrl(link, baseUrl);
  if (!cleanTitle || !url) return null;
  const cleanSummary = plain(summary);
  return {
    url,
    title: cleanTitle.slice(0, MAX_TITLE_CHARS),
    summary: cleanSummary ? cleanSummary.slice(0, MAX_SUMMARY) : null,
    publishedAt: isoDate(date),
    guid: typeof guid === 'string' && guid.trim() ? guid.trim() : null,
    byline: bylineOf(item),
    ...categoriesOf(item),
  };
}

/** The item's category names, each once (see FeedItem.categories); nothing when none. */
function categoriesOf(item: Record<string, unknown>): Pick<FeedItem, 'categories'> {
  const names: string[] = [];
  const given = [
    ...(Array.isArray(item.categories) ? item.categories : []),
    ...(Array.isArray(item.tags) ? item.tags : []),
  ];
  for (const category of given) {
    // RSS names a category, Atom labels it or gives only its term, JSON Feed tags are strings.
    const fields = category as { name?: unknown; label?: unknown; term?: unknown } | null;
    const raw =
      typeof category === 'string' ? category : (fields?.name ?? fields?.label ?? fields?.term);
    const name = plain(raw)?.slice(0, MAX_CATEGORY_CHARS);
    if (name && !names.includes(name)) names.push(name);
    if (names.length >= MAX_CATEGORIES) break;
  }
  return names.length > 0 ? { categories: names } : {};
}

/**
 * Author names from every format's fields (feedsmith: `authors` with `name` or a bare string,
 * `dc.creators`/`dc.creator`). Photo credits (media:credit) are left out: they credit the
 * picture, not the text.
 */
function bylineOf(item: Record<string, unknown>): string | null {
  const names: string[] = [];
  const add = (value: unknown) => {
    const name =
      typeof value === 'string' ? value : plain((value as { name?: unknown } | null)?.name);
    const clean = plain(name);
    if (clean && !names.includes(clean)) names.push(clean);
  };
  const authors = item.authors ?? item.author;
  for (const author of Array.isArray(authors) ? authors : [authors]) if (author) add(author);
  const dc = item.dc as { creators?: unknown; creator?: unknown } | undefined;
  const creators = dc?.creators ?? dc?.creator;
  for (const creator of Array.isArray(creators) ? creators : [creators]) if (creator) add(creator);
  return names.length > 0 ? names.join('; ').slice(0, 300) : null;
}

function textValue(value: unknown): unknown {
  if (value && typeof value === 'object' && 'value' in value)
    return (value as { value: unknown }).value;
  return value;
}

function absoluteUrl(value: unknown, baseUrl: string | undefined): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value.trim(), baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function isoDate(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const time = Date.parse(value.trim());
  if (Number.isNaN(time)) return null;
  const year = new Date(time).getUTCFullYear();
  return year >= 1990 && year <= 2200 ? new Date(time).toISOString() : null;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

/** HTML or text to one line of plain text: tags stripped, entities decoded, spaces collapsed. */
export function plain(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] === '#') {
        const n =
          code[1] === 'x' || code[1] === 'X'
            ? Number.parseInt(code.slice(2), 16)
            : Number(code.slice(1));
        return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : ' ';
      }
      return NAMED[code.toLowerCase()] ?? whole;
    })
    // A second pass for double-escaped markup (&lt;p&gt; in some RSS descriptions).
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? null : text;
}

/**
 * Bytes to text in the feed's own encoding: a BOM, then the Content-Type charset, then the XML
 * declaration's encoding; undeclared, UTF-8 if valid else Windows-1252. Unknown labels: UTF-8.
 */
export function decode(bytes: Uint8Array, contentType: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
  const declared =
    /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ??
    /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  if (!declared) {
    // Undeclared: UTF-8 when the bytes are valid UTF-8, else the web's usual Windows-1252.
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }
  try {
    return new TextDecoder(declared.toLowerCase()).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
