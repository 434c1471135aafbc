import { ARTICLE_TYPES } from './article-kinds';

/** The values an article's microdata (`itemscope itemtype=…/NewsArticle`) declares. */
export interface MicrodataArticle {
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  authors: string[];
  publisher: string | null;
}

const typeName = (itemtype: string | null) => itemtype?.trim().replace(/^.*[/:#]/, '') ?? '';

/** An itemprop's value the way microdata defines it: content, datetime, href, else text. */
function itemValue(element: Element): string | null {
  const value =
    element.getAttribute('content') ??
    element.getAttribute('datetime') ??
    (element.hasAttribute('itemscope') ? null : element.textContent);
  return value?.replace(/\s+/g, ' ').trim() || null;
}

function nameOf(element: Element): string | null {
  if (!element.hasAttribute('itemscope')) return itemValue(element);
  const name = element.querySelector('[itemprop~="name"]');
  return name ? itemValue(name) : null;
}

export function readMicrodataArticle(doc: Document): MicrodataArticle | null {
  let scope: Element | undefined;
  for (const element of doc.querySelectorAll('[itemscope][itemtype]')) {
    if (ARTICLE_TYPES.has(typeName(element.getAttribute('itemtype')))) {
      scope = element;
      break;
    }
  }
  if (!scope) return null;
  const prop = (name: string) => scope.querySelector(`[itemprop~="${name}"]`);
  const first = (name: string) => {
    const element = prop(name);
    return element ? itemValue(element) : null;
  };
  const authors = [...scope.querySelectorAll('[itemprop~="author"]')]
    .slice(0, 20)
    .map(nameOf)
    .filter((name): name is string => name !== null);
  const publisher = prop('publisher');
  return {
    headline: first('headline'),
    datePublished: first('datePublished'),
    dateModified: first('dateModified'),
    authors,
    publisher: publisher ? nameOf(publisher) : null,
  };
}
