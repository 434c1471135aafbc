import { ARTICLE_TYPES, NOT_ARTICLE_TYPES, TYPE_BY_SCHEMA } from './article-kinds';
import { describesAnotherPage, withoutShareTags } from './front-page-metadata';
import { type JsonLdNode, jsonLdNodes, typesOf } from './json-ld';
import { type MicrodataArticle, readMicrodataArticle } from './microdata';
import { type MetaTags, readMetaTags } from './page-meta';

/** Everything the detector reads from a page, each read once. */
export interface PageSignals {
  doc: Document;
  pageUrl: URL;
  meta: MetaTags;
  jsonLd: JsonLdNode[];
  /** The JSON-LD node that describes the page's article, if any. */
  article: JsonLdNode | undefined;
  /** schema.org types of every JSON-LD node, for type and page-kind rules. */
  schemaTypes: Set<string>;
  microdata: MicrodataArticle | null;
  /**
   * The canonical link and share tags describe another page (the site's front page) than the
   * one story shown (core/detect/front-page-metadata.ts): both are left unread.
   */
  canonicalIgnored: boolean;
}

function mainArticleNode(nodes: JsonLdNode[]): JsonLdNode | undefined {
  const articles = nodes.filter((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type)));
  // A node with a headline is the page's article; a bare typed node may be a teaser.
  return articles.find((node) => node.headline !== undefined) ?? articles[0];
}

export function readPageSignals(doc: Document, pageUrl: URL): PageSignals {
  const jsonLd = jsonLdNodes(doc);
  const schemaTypes = new Set(jsonLd.flatMap(typesOf));
  const meta = readMetaTags(doc);
  const anotherPage = describesAnotherPage(doc, meta, pageUrl);
  return {
    doc,
    pageUrl,
    meta: anotherPage ? withoutShareTags(meta) : meta,
    canonicalIgnored: anotherPage,
    jsonLd,
    article: mainArticleNode(jsonLd),
    schemaTypes,
    microdata: readMicrodataArticle(doc),
  };
}

export function schemaArticleType(signals: PageSignals) {
  const own = signals.article ? typesOf(signals.article) : [];
  // The article node's own type first (OpinionNewsArticle), then any Review beside it.
  for (const type of [...own, ...signals.schemaTypes]) {
    const kind = TYPE_BY_SCHEMA[type];
    if (kind) return kind;
  }
  return null;
}

/** The page's JSON-LD says it is a list or a gallery, and says of no article that it is one. */
export function schemaSaysNotArticle(signals: PageSignals): boolean {
  return !signals.article && [...signals.schemaTypes].some((type) => NOT_ARTICLE_TYPES.has(type));
}
