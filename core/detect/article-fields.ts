import type { ArticleType } from '../detected-article';
import { namesOf, textOf, urlOf } from './json-ld';
import { firstMeta } from './page-meta';
import type { PageSignals } from './page-signals';
import { schemaArticleType } from './page-signals';
import type { UrlCanonicalizer } from './page-url';
import { type Candidate, clip, type Picked, pick } from './pick';
import { hasOffset, normalizePublishedAt } from './published-at';
import { stripTitleSuffix } from './title';
import {
  articleTypeFromHeadline,
  articleTypeFromSection,
  articleTypeFromUrl,
} from './url-conventions';

const meta = (s: PageSignals, ...keys: string[]) => firstMeta(s.meta, keys);
const linkHref = (s: PageSignals, rel: string) =>
  s.doc.querySelector(`link[rel~="${rel}"][href]`)?.getAttribute('href');

/** Resolves (relative links, as browsers do) and canonicalises; null when unusable. */
function absoluteUrl(href: string, base: URL, canonicalize: UrlCanonicalizer): string | null {
  try {
    return canonicalize(new URL(href, base).toString());
  } catch {
    return null;
  }
}

export function canonicalUrlOf(s: PageSignals, canonicalize: UrlCanonicalizer): Picked<string> {
  const candidates: Candidate<string>[] = [
    ['link', s.canonicalIgnored ? null : linkHref(s, 'canonical')],
    ['og', meta(s, 'og:url')],
    ['json-ld', urlOf(s.article?.url) ?? urlOf(s.article?.mainEntityOfPage)],
    ['twitter', meta(s, 'twitter:url')],
  ];
  for (const [from, href] of candidates) {
    const url = href ? absoluteUrl(href, s.pageUrl, canonicalize) : null;
    if (url) return { value: url, from };
  }
  return { value: canonicalize(s.pageUrl.href) ?? s.pageUrl.href, from: 'page' };
}

export function ampUrlOf(s: PageSignals, canonicalize: UrlCanonicalizer): Picked<string> | null {
  const href = linkHref(s, 'amphtml');
  const url = href ? absoluteUrl(href, s.pageUrl, canonicalize) : null;
  return url ? { value: url, from: 'link' } : null;
}

/** A site name is a name, not an address ("http://www.tmz.com"). */
const isName = (text: string) => !/^(https?:)?\/\//i.test(text) && text.length <= 200;

export function outletOf(s: PageSignals): Picked<string> | null {
  return pick<string>(
    [
      ['json-ld', textOf(s.article?.publisher)],
      ['microdata', s.microdata?.publisher],
      ['og', meta(s, 'og:site_name')],
      ['meta', meta(s, 'application-name', 'publisher', 'dc.publisher', 'cre')],
    ],
    isName,
  );
}

/**
 * The outlet as `<title>` names it around the headline: "Headline - Outlet" or
 * "Outlet: Headline". Only used when the page names its outlet nowhere else.
 */
export function outletFromTitleElement(s: PageSignals, headline: string): Picked<string> | null {
  const full = s.doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  if (!full || full === headline) return null;
  const suffix = full.startsWith(headline) ? full.slice(headline.length) : null;
  const prefix = full.endsWith(headline) ? full.slice(0, -headline.length) : null;
  const name =
    (suffix && /^\s+[|\-–—]\s+(.+)$/.exec(suffix)?.[1]) ??
    (prefix && /^(.+?)\s*[:|]\s*$/.exec(prefix)?.[1]);
  return name && isName(name) && name.length <= 60 ? { value: name.trim(), from: 'title' } : null;
}

/** "By JANE DOE" → "JANE DOE"; profile URLs are not names. */
const authorName = (text: string) => text.replace(/^by\s+/i, '').trim();
// A long "name" is a byline block's whole text (bio, follow buttons), not a name.
const isPersonName = (text: string) =>
  text !== '' && text.length <= 100 && !/^(https?:)?\/\//i.test(text);

export function authorsOf(s: PageSignals): Picked<string[]> | null {
  const metaAuthors = (from: 'og' | 'meta', ...keys: string[]): Candidate<string[]> => {
    for (const key of keys) {
      const names = (s.meta.get(key) ?? []).map(authorName).filter(isPersonName);
      if (names.length > 0) return [from, names];
    }
    return [from, null];
  };
  const picked = pick<string[]>(
    [
      ['json-ld', namesOf(s.article?.author)],
      ['microdata', s.microdata?.authors],
      metaAuthors('og', 'article:author', 'og:article:author'),
      metaAuthors('meta', 'author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'),
    ],
    (names) => names.some(isPersonName),
  );
  if (!picked) return null;
  const names = [...new Set(picked.value.map(authorName).filter(isPersonName))].slice(0, 20);
  return { value: names.map((name) => name.slice(0, 200)), from: picked.from };
}

export function sectionOf(s: PageSignals): Picked<string> | null {
  return pick<string>([
    ['json-ld', textOf(s.article?.articleSection)],
    ['og', meta(s, 'article:section', 'og:article:section')],
    ['meta', meta(s, 'parsely-section', 'sailthru.section', 'section')],
  ]);
}

export function titleOf(s: PageSignals, outletNames: (string | null)[]): Picked<string> | null {
  const picked = pick<string>([
    ['json-ld', textOf(s.article?.headline)],
    ['microdata', s.microdata?.headline],
    ['og', meta(s, 'og:title')],
    ['twitter', meta(s, 'twitter:title')],
    ['meta', meta(s, 'parsely-title', 'sailthru.title', 'dc.title', 'title', 'hdl')],
    ['title', s.doc.querySelector('title')?.textContent],
  ]);
  const clean = picked && clip(stripTitleSuffix(clip(picked.value, 2000) ?? '', outletNames), 500);
  return picked && clean ? { value: clean, from: picked.from } : null;
}

function dateOf(candidates: Candidate<string>[]): Picked<string> | null {
  // A value that states its offset beats one that leaves the time zone to guesswork.
  const usable = candidates.filter(([, text]) => normalizePublishedAt(text ?? null) !== null);
  const picked = usable.find(([, text]) => hasOffset(text as string)) ?? usable[0] ?? null;
  if (!picked) return null;
  return { value: normalizePublishedAt(picked[1] as string) as string, from: picked[0] };
}

export function publishedAtOf(s: PageSignals): Picked<string> | null {
  const time =
    s.doc.querySelector('time[itemprop~="datePublished"][datetime], article time[datetime]') ??
    s.doc.querySelector('time[datetime]');
  return dateOf([
    ['json-ld', textOf(s.article?.datePublished)],
    ['og', meta(s, 'article:published_time', 'og:article:published_time', 'article:published')],
    ['microdata', s.microdata?.datePublished],
    [
      'meta',
      meta(
        s,
        'parsely-pub-date',
        'sailthru.date',
        'publishdate',
        'pubdate',
        'published_at',
        'date',
        'dc.date.issued',
        'dcterms.created',
        'datepublished',
      ),
    ],
    ['time', time?.getAttribute('datetime')],
    ['url', dateInPath(s)],
  ]);
}

/** "/2015/03/18/…" in the canonical or page URL: the day, when nothing else dates the page. */
function dateInPath(s: PageSignals): string | null {
  const canonical = linkHref(s, 'canonical') ?? s.pageUrl.pathname;
  const match = /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//.exec(canonical);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

export function modifiedAtOf(s: PageSignals): Picked<string> | null {
  return dateOf([
    ['json-ld', textOf(s.article?.dateModified)],
    ['og', meta(s, 'article:modified_time', 'og:updated_time', 'article:modified')],
    ['microdata', s.microdata?.dateModified],
    ['meta', meta(s, 'dcterms.modified', 'datemodified', 'last-modified')],
    [
      'time',
      s.doc.querySelector('time[itemprop~="dateModified"][datetime]')?.getAttribute('datetime'),
    ],
  ]);
}

export function descriptionOf(s: PageSignals): Picked<string> | null {
  const picked = pick<string>([
    ['og', meta(s, 'og:description')],
    ['json-ld', textOf(s.article?.description)],
    ['twitter', meta(s, 'twitter:description')],
    ['meta', meta(s, 'description', 'dc.description')],
  ]);
  const text = picked && clip(picked.value, 1000);
  return picked && text ? { value: text, from: picked.from } : null;
}

/** "pt_BR" (OpenGraph's form) → "pt-BR" (BCP 47, as `<html lang>` writes it). */
const languageTag = (text: string) => text.trim().replace(/_/g, '-');
const isLanguageTag = (text: string) => /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(text);

export function languageOf(s: PageSignals): Picked<string> | null {
  const picked = pick<string>(
    [
      ['html', s.doc.documentElement?.getAttribute('lang')],
      ['json-ld', textOf(s.article?.inLanguage)],
      ['meta', meta(s, 'inlanguage', 'dc.language', 'language', 'content-language')],
      ['og', meta(s, 'og:locale')],
    ].map(([from, text]) => [from, text ? languageTag(text) : null] as Candidate<string>),
    isLanguageTag,
  );
  return picked;
}

/** `isAccessibleForFree` as JSON-LD writes it (true, "False"), or `article:content_tier`. */
export function accessibleForFreeOf(s: PageSignals): Picked<boolean> | null {
  const declared = s.article?.isAccessibleForFree;
  if (typeof declared === 'boolean') return { value: declared, from: 'json-ld' };
  if (typeof declared === 'string' && /^(true|false)$/i.test(declared)) {
    return { value: declared.toLowerCase() === 'true', from: 'json-ld' };
  }
  const tier = meta(s, 'article:content_tier')?.toLowerCase();
  if (tier === 'free') return { value: true, from: 'og' };
  if (tier === 'locked' || tier === 'metered') return { value: false, from: 'og' };
  return null;
}

export function articleTypeOf(
  s: PageSignals,
  canonical: URL | null,
  section: string | null,
  title: string,
): Picked<ArticleType> {
  const fromSection = [section, meta(s, 'tone', 'nyt-collection:tone')]
    .map((text) => (text ? articleTypeFromSection(text) : null))
    .find((type) => type !== null);
  return (
    pick<ArticleType>([
      ['json-ld', schemaArticleType(s)],
      ['url', (canonical && articleTypeFromUrl(canonical)) ?? articleTypeFromUrl(s.pageUrl)],
      ['meta', fromSection],
      ['title', articleTypeFromHeadline(title)],
    ]) ?? { value: 'news', from: 'default' }
  );
}
