import type { PageDetection } from '../detected-article';
import { canonicalizeUrl } from '../url';

/**
 * The detection with its URLs in the project's canonical form (core/url.ts), the key the
 * lookup cache and the backend use. The content script leaves this to the background.
 */
export function canonicalizeDetection(detection: PageDetection): PageDetection {
  if (!detection.isArticle) return detection;
  const { article } = detection;
  const url = canonicalizeUrl(article.url) ?? article.url;
  const ampUrl = article.ampUrl
    ? (canonicalizeUrl(article.ampUrl) ?? article.ampUrl)
    : article.ampUrl;
  const origin = article.origin?.url
    ? { ...article.origin, url: canonicalizeUrl(article.origin.url) ?? article.origin.url }
    : article.origin;
  return { ...detection, article: { ...article, url, ampUrl, origin } };
}
