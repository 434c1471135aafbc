import type { ArticleType } from '../detected-article';

/** First path segments that introduce lists of articles, never one article. */
const LIST_PREFIXES = new Set([
  'tag',
  'tags',
  'topic',
  'topics',
  'section',
  'sections',
  'category',
  'categories',
  'author',
  'authors',
  'profile',
  'search',
  'archive',
  'archives',
]);

/** Path segments whose pages are videos or galleries without an article around them. */
const MEDIA_SEGMENTS =
  /^(videos?|watch|gallery|galleries|photos?|pictures|in-pictures|slideshows?|live-tv|podcasts?)$/;

/** Words that make up section fronts ("/news", "/world/africa", "/sport/"). */
const SECTION_WORDS = new Set(
  (
    'news world politics business sport sports opinion opinions entertainment tech technology ' +
    'science health culture lifestyle life travel us uk europe asia africa americas australia ' +
    'local national international economy money markets arts books food style latest home ' +
    'index weather climate environment education media video videos live commentisfree comment'
  ).split(' '),
);

const segmentsOf = (url: URL) =>
  url.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => segment.toLowerCase().replace(/\.s?html?$/, ''));

/**
 * Why this URL is not an article page (a home page, a section front, a tag, search, video or
 * gallery page), or null when its shape says nothing against it.
 */
export function notArticleUrlReason(url: URL): string | null {
  const segments = segmentsOf(url);
  if (segments.length === 0 || (segments.length === 1 && segments[0] === 'index')) {
    return 'home page';
  }
  if (url.searchParams.has('q') || url.searchParams.has('s') || segments[0] === 'search') {
    return 'search page';
  }
  if (LIST_PREFIXES.has(segments[0] as string) && segments.length <= 2) return 'list page';
  if (segments.every((segment) => SECTION_WORDS.has(segment))) return 'section front';
  const last = segments[segments.length - 1] as string;
  if (segments.length <= 2 && MEDIA_SEGMENTS.test(segments[0] as string) && !/\d/.test(last)) {
    return 'video or gallery index';
  }
  return null;
}

/** A URL under a video or gallery section: such a page is an article only if it says so. */
export function isMediaUrl(url: URL): boolean {
  return segmentsOf(url).some((segment) => MEDIA_SEGMENTS.test(segment));
}

const URL_TYPES: [RegExp, ArticleType][] = [
  [/^(sponsored|paid-post|paidpost|partner-content|brandlab|advertorial|promoted)$/, 'sponsored'],
  [/^(live|live-news|liveblog|live-updates)$/, 'live-blog'],
  [/^(opinion|opinions|commentisfree|comment|editorials?|columnists?|op-?eds?)$/, 'opinion'],
  [/^(analysis|news-analysis)$/, 'analysis'],
  [/^(reviews?)$/, 'review'],
];

/** The article type its URL's sections imply (`/opinion/…`, `/live/…`), if any. */
export function articleTypeFromUrl(url: URL): ArticleType | null {
  // The last segment is the article's own slug: "why-i-love-live-music" is not a live blog.
  const sections = segmentsOf(url).slice(0, -1);
  for (const [pattern, type] of URL_TYPES) {
    if (sections.some((segment) => pattern.test(segment))) return type;
  }
  return null;
}

const TEXT_TYPES: [RegExp, ArticleType][] = [
  [/\b(sponsored|paid (post|content)|advertorial|partner content)\b/i, 'sponsored'],
  [/\blive\b/i, 'live-blog'],
  [/\b(opinion|comment|commentary|editorials?|columns?|columnists?|op-?eds?)\b/i, 'opinion'],
  [/\banalysis\b/i, 'analysis'],
  [/\breviews?\b/i, 'review'],
];

/** The article type a section name ("Opinion", "Reviews") or a NYT-style `tone` implies. */
export function articleTypeFromSection(section: string): ArticleType | null {
  for (const [pattern, type] of TEXT_TYPES) if (pattern.test(section)) return type;
  return null;
}

/** "Opinion: …", "Analysis | …", "Review: …" at the start of a headline. */
export function articleTypeFromHeadline(title: string): ArticleType | null {
  const label = /^(opinion|analysis|review|live|sponsored)\s*[:|]/i.exec(title)?.[1]?.toLowerCase();
  if (!label) return null;
  return label === 'live' ? 'live-blog' : (label as ArticleType);
}
