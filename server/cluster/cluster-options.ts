import type { DecisionModel } from './decision';
import { DEFAULT_FEATURES, type FeatureOptions } from './features';

// The online clusterer's public types and settings (clusterer.ts): what it is given, how it is
// configured, what it answers.

export interface ClusterArticle {
  id: string;
  title: string;
  text?: string | null;
  /** Milliseconds since the epoch; null when unknown (then no time window applies). */
  publishedAt?: number | null;
  /** ISO 639-1 code when known; detected from the text otherwise. */
  language?: string | null;
  /**
   * The text is another outlet's (wire copy or a near-copy: core/wire.ts `isSyndicated`). It is
   * placed like any article, but its words neither join its story's centroid (unless it starts
   * the story) nor count in document frequencies: thirty papers running one AP story would
   * otherwise outweigh every outlet's own reporting in the story's group average, and make the
   * AP's words look common.
   */
  syndicated?: boolean;
  /**
   * The outlet's name when known: the merge pass's second look (`averageLink`, `sameMoment`)
   * joins only stories sharing no outlet (one outlet covers one event once; two of its articles days apart are
   * more often two events).
   */
  outlet?: string | null;
}

export interface ClusterOptions {
  features: FeatureOptions;
  /** Similarity (article vs story) at or above which a dated article joins a story. */
  threshold: number;
  /**
   * The same for an article without a date: no time window then rules out older stories on the
   * same topic, so more lexical evidence is needed.
   */
  undatedThreshold: number;
  /**
   * 0: similarity is the cosine with the story's centroid; 1: the mean cosine with its articles
   * (group average). Between: geometric interpolation. Higher resists topic-level chaining.
   */
  groupAverage: number;
  /** Cosine between two stories' centroids at or above which they merge. */
  mergeThreshold: number;
  /** Runners-up checked for a merge with the story an article joins. */
  mergeCandidates: number;
  /** Articles join only stories whose newest article is within this many days (when dated). */
  windowDays: number;
  /** Similarity loses this fraction per day between the article and the story's time. */
  decayPerDay: number;
  /**
   * Which time of the story `decayPerDay` counts from: its mean (the clusterer of issue 5) or
   * its newest article (a story that lives for days stays as close as its latest coverage).
   */
  decayFrom: 'mean' | 'newest';
  /**
   * 'threshold': join the most similar story when the decayed word similarity clears
   * `threshold` (issue 5). 'learned': join the story with the highest probability of being the
   * same story under `model` (logistic regression over the field similarities and time gaps,
   * decision.ts), when it clears the model's own threshold. 'learned' needs `fields`.
   */
  decision: 'threshold' | 'learned';
  /** Also compare titles, entities, numbers and quotes as their own sub-vectors (fields.ts). */
  fields: boolean;
  /** Weights of the learned decision; null: the shipped decision-weights.json. */
  model: DecisionModel | null;
  /** Terms of each article that put its story in the inverted index. */
  indexTerms: number;
  /** Terms of a new article used to look candidates up. */
  queryTerms: number;
  /**
   * Terms held by more stories than this are not used to look candidates up (they are common
   * and weigh little); they still count in the exact similarity of the candidates found.
   */
  maxPosting: number;
  /** Candidates scored exactly. */
  candidates: number;
  /** Terms reported as "why" for an assignment. */
  whyTerms: number;
  /** Story ids for new stories. */
  storyId: (article: ClusterArticle) => string;
  /** The batch merge pass (`consolidate`); null: none. */
  consolidation: ConsolidationOptions | null;
  /**
   * Whether to compute the max-link features (the story's newest members); null: when the model
   * gives them weight (a file trained before them does not, and is not made to pay for them).
   * Training sets it: its starting model weighs nothing.
   */
  maxLink: boolean | null;
}

/**
 * The batch merge pass (`OnlineClusterer.consolidate`): the learned decision taken again for
 * each story changed since the last pass, as if the whole story were one article arriving now.
 * An article that opened a story of its own because its story's coverage was thin then joins it
 * once more coverage has come (a story split across days or across sides comes together).
 */
export interface ConsolidationOptions {
  /** Articles between two passes where the caller counts (evaluation; import and ingest pass once per stored batch). */
  every: number;
  /**
   * Join-model probability at or above which a dated story merges into its best candidate;
   * null: dated stories are not re-decided (the default: README, "Batch merge pass").
   */
  threshold: number | null;
  /** The same for undated stories. */
  undatedThreshold: number | null;
  /** Stories whose time ranges are further apart than this many days never merge. */
  windowDays: number;
  /** Candidate stories (by partial word score) weighed for each story. */
  candidates: number;
  /**
   * Only stories of `minSize` to `maxSize` articles are re-decided (others may still absorb or
   * be absorbed). A story of one article was decided when it arrived, with the same evidence
   * but fresher candidates: re-deciding those is most of the pass's cost for little (README).
   */
  minSize: number;
  maxSize: number;
  /**
   * A second criterion, for two dated stories within `windowDays` of each other that share no
   * outlet (every member's outlet known): they merge when the mean words cosine over all pairs
   * of their members (batch average-link, no time penalty) is at least this; null: no such
   * criterion. The join model's same-moment time features refuse coverage spread over days,
   * and re-deciding with the same model cannot undo that (README, "Coverage spread over days").
   */
  averageLink: number | null;
  /**
   * With the same stories (dated, no outlet shared), the join model's probability with the time
   * features as if no time separated them, at or above which they merge; null: not asked. With
   * `averageLink` too, both must hold.
   */
  sameMoment: number | null;
}

/** The clusterer of issue 5 (2-day window, decay from the mean time, word cosine threshold). */
export const LEGACY_CLUSTER_OPTIONS: ClusterOptions = {
  features: DEFAULT_FEATURES,
  threshold: 0.14,
  undatedThreshold: 0.34,
  groupAverage: 1,
  mergeThreshold: 0.7,
  mergeCandidates: 2,
  windowDays: 2,
  decayPerDay: 0.5,
  decayFrom: 'mean',
  decision: 'threshold',
  fields: false,
  model: null,
  indexTerms: 20,
  queryTerms: 14,
  maxPosting: 400,
  candidates: 8,
  whyTerms: 5,
  storyId: (article) => `story-${article.id}`,
  consolidation: null,
  maxLink: null,
};

/**
 * The batch merge pass of the default clusterer (README, "Batch merge pass"; thresholds chosen
 * on the training half).
 */
export const MERGE_PASS: ConsolidationOptions = {
  every: 100,
  threshold: 0.9,
  // Chosen again with the rank margin (README, "Undated merge threshold 0.8 → 0.5").
  undatedThreshold: 0.5,
  windowDays: 4,
  candidates: 8,
  // Stories of two articles: a fragment gains its second outlet's wording (README: 3–100
  // add +.008 on headlines for 1.6× the CPU per article).
  minSize: 2,
  maxSize: 2,
  averageLink: null,
  sameMoment: null,
};

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  ...LEGACY_CLUSTER_OPTIONS,
  windowDays: 7,
  decision: 'learned',
  fields: true,
  consolidation: MERGE_PASS,
};

/** One candidate story of an article and the decision's inputs (for training: `observe`). */
export interface CandidateFeatures {
  storyId: string;
  /** Inputs of the decision, in `DECISION_FEATURES` order. */
  features: number[];
}

export interface Assignment {
  articleId: string;
  storyId: string;
  /** True when the article started the story. */
  created: boolean;
  /**
   * How close the article is to the story: the decayed word cosine ('threshold' decision) or
   * the probability that it is the same story ('learned'); 0 for a new story.
   */
  similarity: number;
  /** The shared terms that contributed most to the similarity, strongest first. */
  terms: string[];
  /** Stories merged into `storyId` because this article bridged them. */
  merged: string[];
}
