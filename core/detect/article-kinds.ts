import type { ArticleType } from '../detected-article';

/** schema.org types that mean "this page is one article". */
export const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'OpinionNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'AdvertiserContentArticle',
  'SatiricalArticle',
  'Report',
  'BlogPosting',
  'LiveBlogPosting',
  'SocialMediaPosting',
]);

/** schema.org types whose presence says what kind of article this is. */
export const TYPE_BY_SCHEMA: Record<string, ArticleType> = {
  OpinionNewsArticle: 'opinion',
  AnalysisNewsArticle: 'analysis',
  BackgroundNewsArticle: 'analysis',
  ReviewNewsArticle: 'review',
  Review: 'review',
  CriticReview: 'review',
  LiveBlogPosting: 'live-blog',
  AdvertiserContentArticle: 'sponsored',
};

/** schema.org page types that are lists, galleries or media, not one article. */
export const NOT_ARTICLE_TYPES = new Set([
  'CollectionPage',
  'SearchResultsPage',
  'ProfilePage',
  'ImageGallery',
  'MediaGallery',
  'VideoGallery',
]);
