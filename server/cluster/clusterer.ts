import {
  type Assignment,
  type CandidateFeatures,
  type ClusterArticle,
  type ClusterOptions,
  type ConsolidationOptions,
  DEFAULT_CLUSTER_OPTIONS,
  LEGACY_CLUSTER_OPTIONS,
} from './cluster-options';
import {
  atSameMoment,
  type DecisionModel,
  FEATURE_COUNT,
  joinProbabilities,
  learnedModel,
  logit,
  RANK_MARGIN,
  TIME_KERNEL_COUNT,
  TIME_KERNELS,
  timeFeatures,
  WORDS_TIMES,
} from './decision';
import { collectTerms, PHRASE_PREFIX, startsWithDigit, type TermKeys } from './features';
import { collectFields, FIELD_COUNT, type FieldKeys, WORDS } from './fields';
import { Posting } from './posting';
import {
  type Cell,
  DAY,
  isDead,
  keepRecent,
  rangeGap,
  type StoryState,
  strongestFirst,
  type Vector,
} from './story-state';
import { detectLanguage, type Language, surfaceOf, termOf } from './text';

export {
  type Assignment,
  type CandidateFeatures,
  type ClusterArticle,
  type ClusterOptions,
  type ConsolidationOptions,
  DEFAULT_CLUSTER_OPTIONS,
  LEGACY_CLUSTER_OPTIONS,
  MERGE_PASS,
} from './cluster-options';

/** Index of the first max-link feature in `DECISION_FEATURES` (they end at `RANK_MARGIN`). */
const MAX_LINK_FEATURES = 23;

interface LanguageState {
  articles: number;
  /** Word → term id (−1: no term), so a token costs one lookup instead of stem + term id. */
  wordTerms: Map<string, number>;
  /** How `collectTerms` names terms in this language: by id, through `wordTerms`. */
  keys: TermKeys<number>;
  /** How `collectFields` names them. */
  fieldKeys: FieldKeys<number>;
  /** Document frequency by term id (arrays: ids are small dense integers). */
  df: number[];
  postings: Array<Posting<StoryState> | undefined>;
}

/** Term-name prefix of each field's terms (the words field has none: `PHRASE_PREFIX` inside). */
const FIELD_PREFIX = ['', '\u0001t ', '\u0001e ', '\u0001n ', '\u0001q '];

/** Words cached per language; past this, words are resolved without caching (bounded memory). */
const MAX_CACHED_WORDS = 1_000_000;

/**
 * Online story clustering. Each article arriving is turned into a TF-IDF vector (IDF learnt
 * incrementally from the articles seen so far, per language) and compared with the centroids of
 * the stories still inside the time window; it joins the most similar story when the similarity
 * clears a threshold, or starts a new one. An inverted index over the stories' strongest terms
 * finds the candidates, so the cost per article does not grow with the number of stories. When
 * an article is close to two stories that are close to each other, they merge.
 *
 * Deterministic: the same articles in the same order give the same stories (all iteration is in
 * insertion order; ties go to the older story).
 */
export class OnlineClusterer {
  readonly options: ClusterOptions;
  /** The learned decision's weights (null with the threshold decision). */
  private readonly model: DecisionModel | null;
  /** Whether the model weighs the max-link features (else they are 0 and not computed). */
  private readonly maxLink: boolean;
  /** Strongest terms of an article ever read: for lookup and for indexing. */
  private readonly orderLimit: number;
  private readonly termIds = new Map<string, number>();
  private readonly termNames: string[] = [];
  /** Field of each term id. */
  private readonly fieldOf: number[] = [];
  /** Scratch: per-field dot products of the candidate being scored. */
  private readonly dots = new Float64Array(FIELD_COUNT);
  /** Scratch of `candidateFieldDots`: every candidate's `dots`, one after the other. */
  private kept = new Float64Array(16 * FIELD_COUNT);
  private readonly features: number[] = new Array(FEATURE_COUNT).fill(0);
  /** Scratch of `memberDots`. */
  private readonly maxDots = new Float64Array(FIELD_COUNT);
  private readonly memberScratch = new Float64Array(FIELD_COUNT);
  private newestWords = 0;
  private probeArray = new Float64Array(1024);
  private probed: Vector | null = null;
  private readonly languages = new Map<Language, LanguageState>();
  private readonly stories = new Map<string, StoryState>();
  private seq = 0;
  private marks = 0;
  /** Scratch for `vectorOf`: weight by term id, and the ids touched in first-seen order. */
  private scratch = new Float64Array(1024);
  private readonly touchedTerms: number[] = [];
  private latestTime = Number.NEGATIVE_INFINITY;
  /** Stories created or joined since the last `consolidate` (insertion order: deterministic). */
  private readonly changed = new Set<StoryState>();
  private sinceSweep = 0;

  constructor(options: Partial<ClusterOptions> = {}) {
    // Callers that set a word-similarity threshold (and no decision) asked for the clusterer
    // of issue 5, whose threshold it is: they keep it, with its window and features.
    const legacy =
      options.decision === 'threshold' ||
      (options.decision === undefined &&
        (options.threshold !== undefined || options.undatedThreshold !== undefined));
    this.options = { ...(legacy ? LEGACY_CLUSTER_OPTIONS : DEFAULT_CLUSTER_OPTIONS), ...options };
    this.orderLimit = Math.max(this.options.indexTerms, this.options.queryTerms);
    this.model =
      this.options.model ?? (this.options.decision === 'learned' ? learnedModel() : null);
    const m = this.model;
    this.maxLink =
      this.options.maxLink ??
      (m !== null &&
        [m.dated.rank, m.dated.weights, m.undated.rank, m.undated.weights].some((w) =>
          w.slice(MAX_LINK_FEATURES, RANK_MARGIN).some((v) => v !== 0),
        ));
  }

  private get learned(): DecisionModel {
    if (!this.model) throw new Error('the learned decision needs a model');
    return this.model;
  }

  /** Stories currently held (inside the window). */
  get storyCount(): number {
    return this.stories.size;
  }

  add(article: ClusterArticle): Assignment {
    const o = this.options;
    const { language, state, time, vector } = this.arrive(article);
    const order = strongestFirst(vector, this.orderLimit);
    const top = this.candidatesOf(vector, order, state, time);
    const ranked = this.rank(vector, top, time);
    const threshold =
      o.decision === 'learned'
        ? (time === null ? this.learned.undated : this.learned.dated).threshold
        : time === null
          ? o.undatedThreshold
          : o.threshold;
    const best = ranked[0];
    if (!best || best.score < threshold) {
      const story = this.createStory(article, language, state, vector, order, time);
      this.noteOutlet(story, article);
      return {
        articleId: article.id,
        storyId: story.id,
        created: true,
        similarity: 0,
        terms: [],
        merged: [],
      };
    }
    const terms = this.why(vector, best.story);
    const merged: string[] = [];
    // Stories this article also belongs to, whose centroids have converged with the best one.
    // Only the runners-up are checked (at most `mergeCandidates`): merging is rare, and checking
    // every candidate above the threshold costs a centroid comparison each.
    for (const other of ranked.slice(1, 1 + o.mergeCandidates)) {
      if (other.score < threshold) break;
      if (this.centroidCosine(best.story, other.story) >= o.mergeThreshold) {
        this.merge(best.story, other.story, state);
        merged.push(other.story.id);
      }
    }
    if (article.syndicated) this.touch(best.story, time);
    else this.join(best.story, vector, order, time, state);
    this.noteOutlet(best.story, article);
    return {
      articleId: article.id,
      storyId: best.story.id,
      created: false,
      similarity: best.score,
      terms,
      merged,
    };
  }

  /**
   * Adds an article already placed (e.g. stored by an earlier run) to its story, creating the
   * story under that id if it is not held: the vocabulary, document frequencies, centroid, index
   * and times learn from it as if `add` had put it there, but no story is searched for and none
   * merges. Seed in arrival order (publication time, then id) before adding new articles.
   */
  seed(article: ClusterArticle, storyId: string): void {
    const { language, time, vector } = this.arrive(article);
    let story = this.stories.get(storyId);
    if (!story) {
      story = this.newStory(storyId, language);
      this.stories.set(storyId, story);
    } else if (article.syndicated) {
      this.touch(story, time);
      this.noteOutlet(story, article);
      return;
    }
    this.noteOutlet(story, article);
    // A story is indexed in its own language's postings (where `sweep` and `merge` unindex it),
    // even when a stored member is in another language.
    this.join(
      story,
      vector,
      strongestFirst(vector, this.orderLimit),
      time,
      this.languageState(story.language),
    );
    // Stored stories were consolidated when they were stored: the next pass re-decides only
    // what changes from now on (new articles may still join or absorb them).
    this.changed.delete(story);
  }

  /**
   * Training: the candidate stories `add` would weigh for this article, with the decision's
   * inputs for each, then the article placed in `storyId` (its true story) as `seed` would.
   */
  observe(article: ClusterArticle, storyId: string): CandidateFeatures[] {
    const { language, state, time, vector } = this.arrive(article);
    const order = strongestFirst(vector, this.orderLimit);
    const top = this.candidatesOf(vector, order, state, time);
    const out: CandidateFeatures[] = [];
    const words = this.candidateFieldDots(
      vector,
      top.map((c) => c.story),
    );
    for (const [i, { story }] of top.entries()) {
      this.restoreFieldDots(i);
      this.decisionInputs(vector, story, time, this.bestOther(words, i));
      out.push({ storyId: story.id, features: [...this.features] });
    }
    let story = this.stories.get(storyId);
    if (!story) {
      story = this.newStory(storyId, language);
      this.stories.set(storyId, story);
    }
    this.join(story, vector, order, time, this.languageState(story.language));
    this.noteOutlet(story, article);
    return out;
  }

  /** The highest of `scores` but the one at `skip` (0 when none). */
  private bestOther(scores: number[], skip: number): number {
    let best = 0;
    for (let i = 0; i < scores.length; i += 1)
      if (i !== skip && (scores[i] as number) > best) best = scores[i] as number;
    return best;
  }

  /** Candidate stories through the inverted index, the best few by partial word score. */
  private candidatesOf(
    vector: Vector,
    order: number[],
    state: LanguageState,
    time: number | null,
  ): Array<{ story: StoryState; score: number }> {
    const o = this.options;
    const { ids, weights } = vector;
    const mark = ++this.marks;
    const touched: StoryState[] = [];
    const windowMs = o.windowDays * DAY;
    for (let i = 0; i < order.length && i < o.queryTerms; i += 1) {
      const at = order[i] as number;
      const posting = state.postings[ids[at] as number];
      if (!posting || posting.live > o.maxPosting) continue;
      const weight = weights[at] as number;
      const cells = posting.cells;
      for (let k = 0; k < cells.length; k += 1) {
        const cell = cells[k] as Cell;
        const story = cell.story;
        if (story.mark !== mark) {
          if (!story.alive) continue;
          const last = story.lastTime;
          if (time !== null && last !== null && Math.abs(time - last) > windowMs) continue;
          story.mark = mark;
          story.acc = 0;
          touched.push(story);
        }
        story.acc += weight * cell.w;
      }
    }
    const top: Array<{ story: StoryState; score: number }> = [];
    for (const story of touched) {
      const score = story.acc / this.scale(story);
      if (top.length === o.candidates && score <= (top[top.length - 1]?.score ?? 0)) continue;
      let at = top.length;
      while (at > 0 && (top[at - 1]?.score ?? 0) < score) at -= 1;
      top.splice(at, 0, { story, score });
      if (top.length > o.candidates) top.pop();
    }
    return top;
  }

  /** Exact scores of the candidates, best first (ties to the older story). */
  private rank(
    vector: Vector,
    top: Array<{ story: StoryState; score: number }>,
    time: number | null,
  ): Array<{ story: StoryState; score: number }> {
    if (this.options.decision === 'learned') {
      // Ranked by the ranking model; the best one's score is the join model's probability,
      // the others' theirs too (merges compare runners-up with the threshold).
      const model = time === null ? this.learned.undated : this.learned.dated;
      const words = this.candidateFieldDots(
        vector,
        top.map((c) => c.story),
      );
      const scored = top.map(({ story }, i) => {
        this.restoreFieldDots(i);
        this.decisionInputs(vector, story, time, this.bestOther(words, i));
        return {
          story,
          rank: logit(model.rank, this.features),
          score: logit(model.weights, this.features),
        };
      });
      const p = joinProbabilities(
        model,
        scored.map((c) => c.rank),
        scored.map((c) => c.score),
      );
      for (const [i, c] of scored.entries()) c.score = p[i] as number;
      scored.sort((a, b) => b.rank - a.rank || a.story.seq - b.story.seq);
      return scored;
    }
    const ranked = top.map(({ story }) => ({ story, score: this.similarity(vector, story, time) }));
    return ranked.sort((a, b) => b.score - a.score || a.story.seq - b.story.seq);
  }

  /**
   * `fieldDots` of every candidate, kept (`restoreFieldDots`) so that each is computed once;
   * returns each candidate's words group-average cosine (the margin needs them all first).
   */
  private candidateFieldDots(vector: Vector, stories: StoryState[]): number[] {
    const need = stories.length * FIELD_COUNT;
    if (this.kept.length < need) this.kept = new Float64Array(need);
    return stories.map((story, i) => {
      this.fieldDots(vector, story);
      this.kept.set(this.dots, i * FIELD_COUNT);
      return (this.dots[WORDS] as number) / story.size;
    });
  }

  /** Candidate `i`'s per-field dot products (from `candidateFieldDots`) back into `dots`. */
  private restoreFieldDots(i: number): void {
    this.dots.set(this.kept.subarray(i * FIELD_COUNT, (i + 1) * FIELD_COUNT));
  }

  /** Per-field dot products of the article with the story's centroid sum, into `dots`. */
  private fieldDots(vector: Vector, story: StoryState): void {
    const { ids, weights } = vector;
    const dots = this.dots;
    dots.fill(0);
    const centroid = story.centroid;
    const fieldOf = this.fieldOf;
    for (let i = 0; i < ids.length; i += 1) {
      const id = ids[i] as number;
      const c = centroid.get(id);
      if (c !== undefined) {
        const f = fieldOf[id] as number;
        dots[f] = (dots[f] as number) + (weights[i] as number) * c.w;
      }
    }
  }

  /**
   * Max-link: the highest cosine of the article with one of the story's newest members, per
   * field, into `maxDots`, and the words cosine with its newest member into `newestWords`.
   */
  private memberDots(vector: Vector, story: StoryState): void {
    const maxDots = this.maxDots;
    if (story.size === 1) {
      // One member: its cosines are the group average's (`fieldDots`), no second pass.
      maxDots.set(this.dots);
      this.newestWords = this.dots[WORDS] as number;
      return;
    }
    const probe = this.probe(vector);
    maxDots.fill(0);
    const dots = this.memberScratch;
    const fieldOf = this.fieldOf;
    let newest = 0;
    for (const member of story.recent) {
      dots.fill(0);
      const { ids, weights } = member.vector;
      for (let i = 0; i < ids.length; i += 1) {
        const id = ids[i] as number;
        if (id >= probe.length) continue;
        const w = probe[id] as number;
        if (w !== 0) {
          const f = fieldOf[id] as number;
          dots[f] = (dots[f] as number) + w * (weights[i] as number);
        }
      }
      for (let f = 0; f < FIELD_COUNT; f += 1)
        if ((dots[f] as number) > (maxDots[f] as number)) maxDots[f] = dots[f] as number;
      newest = dots[WORDS] as number;
    }
    this.newestWords = newest;
  }

  /** The article's weights by term id in a dense array (cleared by `clearProbe`). */
  private probe(vector: Vector): Float64Array {
    if (this.probed !== vector) {
      this.clearProbe();
      const { ids, weights } = vector;
      for (let i = 0; i < ids.length; i += 1) {
        const id = ids[i] as number;
        if (id >= this.probeArray.length) this.growProbe(id);
        this.probeArray[id] = weights[i] as number;
      }
      this.probed = vector;
    }
    return this.probeArray;
  }

  private clearProbe(): void {
    const v = this.probed;
    if (!v) return;
    for (const id of v.ids) this.probeArray[id] = 0;
    this.probed = null;
  }

  private growProbe(id: number): void {
    let size = this.probeArray.length;
    while (size <= id) size *= 2;
    const grown = new Float64Array(size);
    grown.set(this.probeArray);
    this.probeArray = grown;
  }

  /** The decision's inputs for the article against a story (after `fieldDots`), in `features`. */
  private decisionInputs(
    vector: Vector,
    story: StoryState,
    time: number | null,
    bestOtherWords: number,
  ): void {
    const x = this.features;
    const size = story.size;
    const words = (this.dots[WORDS] as number) / size;
    x[0] = 1;
    for (let f = 0; f < FIELD_COUNT; f += 1) x[1 + f] = (this.dots[f] as number) / size;
    // Fields the article has none of say nothing either way: flags let the model tell "no
    // numbers" from "other numbers".
    for (let f = 2; f < FIELD_COUNT; f += 1) x[4 + f] = (vector.present >> f) & 1;
    x[9] = words - bestOtherWords;
    timeFeatures(
      time,
      story.lastTime,
      story.timeCount > 0 ? story.timeSum / story.timeCount : null,
      story.firstTime,
      x,
      TIME_KERNELS,
    );
    // A weak word match is evidence on the same day and little a week later: the time kernels
    // scale the word similarity as well as adding to the odds.
    for (let k = 0; k < TIME_KERNEL_COUNT; k += 1)
      x[WORDS_TIMES + k] = words * (x[TIME_KERNELS + k] as number);
    x[22] = Math.sqrt(words);
    if (this.maxLink) this.memberDots(vector, story);
    else {
      this.maxDots.fill(0);
      this.newestWords = 0;
    }
    x[23] = this.maxDots[WORDS] as number;
    x[24] = this.maxDots[1] as number;
    x[25] = this.maxDots[2] as number;
    x[26] = this.newestWords;
    x[RANK_MARGIN] = 0; // added by `joinProbabilities` once every candidate is ranked
  }

  /**
   * What every arriving article does first, placed by `add` or by `seed`: its language, the
   * clock (latest time, periodic sweep of stories out of the window) and its vector.
   */
  private arrive(article: ClusterArticle): {
    language: Language;
    state: LanguageState;
    time: number | null;
    vector: Vector;
  } {
    const language = this.languageOf(article);
    const state = this.languageState(language);
    const time = article.publishedAt ?? null;
    if (time !== null && time > this.latestTime) this.latestTime = time;
    if (++this.sinceSweep >= 2000) this.sweep();
    return { language, state, time, vector: this.vectorOf(article, state, !article.syndicated) };
  }

  private languageOf(article: ClusterArticle): Language {
    return article.language === 'en' || article.language === 'und'
      ? article.language
      : article.language
        ? 'und'
        : detectLanguage(`${article.title} ${article.text?.slice(0, 600) ?? ''}`);
  }

  private languageState(language: Language): LanguageState {
    let state = this.languages.get(language);
    if (!state) {
      const wordTerms = new Map<string, number>();
      const keys: TermKeys<number> = {
        word: (word) => {
          let id = wordTerms.get(word);
          if (id === undefined) {
            const term = termOf(word, language);
            id = term === null ? -1 : this.termId(term);
            if (wordTerms.size < MAX_CACHED_WORDS) wordTerms.set(word, id);
          }
          return id < 0 ? null : id;
        },
        phrase: (words) => this.termId(PHRASE_PREFIX + words),
        numeric: (id) => startsWithDigit(this.termNames[id] as string),
      };
      const stems = (word: string) => termOf(word, language);
      // Field terms by text, one map per field: no prefixed name built for a term already met.
      const fieldTerms = FIELD_PREFIX.map(() => new Map<string, number>());
      const fieldKeys: FieldKeys<number> = {
        stem: stems,
        key: (field, text) => {
          const cache = fieldTerms[field] as Map<string, number>;
          let id = cache.get(text);
          if (id === undefined) {
            id = this.termId(FIELD_PREFIX[field] + text, field);
            if (cache.size < MAX_CACHED_WORDS) cache.set(text, id);
          }
          return id;
        },
      };
      state = { articles: 0, wordTerms, keys, fieldKeys, df: [], postings: [] };
      this.languages.set(language, state);
    }
    return state;
  }

  private termId(term: string, field = WORDS): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termNames.length;
      this.termIds.set(term, id);
      this.termNames.push(term);
      this.fieldOf.push(field);
    }
    return id;
  }

  /**
   * Unit-length TF-IDF vector. With `learn`, document frequencies are updated with this article
   * first; without (a syndicated copy), it is weighed as if counted, and nothing is kept.
   */
  private vectorOf(article: ClusterArticle, state: LanguageState, learn: boolean): Vector {
    // Raw weights summed per term id in `scratch`, terms kept in first-seen order.
    const touched = this.touchedTerms;
    touched.length = 0;
    const sum = (id: number, w: number) => {
      if (id >= this.scratch.length) this.growScratch(id);
      const before = this.scratch[id] as number;
      if (before === 0) touched.push(id);
      this.scratch[id] = before + w;
    };
    const features = this.options.features;
    const text = article.text ?? null;
    collectTerms(article.title, text, features, state.keys, sum);
    // Every words term comes before any other field's: they are the vector's first positions.
    const wordTerms = touched.length;
    if (this.options.fields) {
      const lede =
        text && text.length > features.ledeChars ? text.slice(0, features.ledeChars) : text;
      collectFields(article.title, lede, state.fieldKeys, sum);
    }
    const articles = state.articles + 1;
    if (learn) state.articles = articles;
    const ids: number[] = [];
    const weights: number[] = [];
    const norms = [0, 0, 0, 0, 0];
    let words = 0;
    let present = 0;
    for (let t = 0; t < touched.length; t += 1) {
      const id = touched[t] as number;
      const count = this.scratch[id] as number;
      this.scratch[id] = 0;
      const df = (state.df[id] ?? 0) + 1;
      if (learn) state.df[id] = df;
      const weight = (1 + Math.log(count)) * Math.log((articles + 1) / df);
      if (weight <= 0) continue;
      if (t < wordTerms) words += 1;
      const field = this.fieldOf[id] as number;
      present |= 1 << field;
      ids.push(id);
      weights.push(weight);
      norms[field] = (norms[field] as number) + weight * weight;
    }
    for (let f = 0; f < norms.length; f += 1) norms[f] = Math.sqrt(norms[f] as number) || 1;
    if (present <= 1) {
      const norm = norms[WORDS] as number;
      for (let i = 0; i < weights.length; i += 1) weights[i] = (weights[i] as number) / norm;
    } else {
      const fieldOf = this.fieldOf;
      for (let i = 0; i < weights.length; i += 1)
        weights[i] =
          (weights[i] as number) / (norms[fieldOf[ids[i] as number] as number] as number);
    }
    return { ids, weights, words, present, id: article.id };
  }

  private growScratch(id: number): void {
    let size = this.scratch.length;
    while (size <= id) size *= 2;
    const grown = new Float64Array(size);
    grown.set(this.scratch);
    this.scratch = grown;
  }

  private similarity(vector: Vector, story: StoryState, time: number | null): number {
    const { ids, weights, words } = vector;
    const centroid = story.centroid;
    let dot = 0;
    for (let i = 0; i < words; i += 1) {
      const c = centroid.get(ids[i] as number);
      if (c !== undefined) dot += (weights[i] as number) * c.w;
    }
    let score = dot / this.scale(story);
    if (time !== null && story.timeCount > 0) {
      const from =
        this.options.decayFrom === 'newest'
          ? (story.lastTime as number)
          : story.timeSum / story.timeCount;
      const days = Math.abs(time - from) / DAY;
      score *= Math.max(0, 1 - this.options.decayPerDay * days);
    }
    return score;
  }

  /** Divides a dot product with the centroid sum: its norm, its size, or between. */
  private scale(story: StoryState): number {
    const b = this.options.groupAverage;
    if (b === 1) return story.size; // the default: norm2 ** 0 * size ** 1, without the powers
    if (b === 0) return Math.sqrt(story.norm2);
    return story.norm2 ** ((1 - b) / 2) * story.size ** b;
  }

  private why(vector: Vector, story: StoryState): string[] {
    const contributions: Array<[number, number]> = [];
    for (let i = 0; i < vector.words; i += 1) {
      const term = vector.ids[i] as number;
      const c = story.centroid.get(term);
      if (c !== undefined) contributions.push([term, (vector.weights[i] as number) * c.w]);
    }
    contributions.sort((a, b) => b[1] - a[1]);
    return contributions.slice(0, this.options.whyTerms).map(([term]) => {
      const name = this.termNames[term] ?? '';
      return name.startsWith(PHRASE_PREFIX) ? name.slice(PHRASE_PREFIX.length) : surfaceOf(name);
    });
  }

  private centroidCosine(a: StoryState, b: StoryState): number {
    const [small, large] = a.centroid.size <= b.centroid.size ? [a, b] : [b, a];
    let dot = 0;
    for (const [term, cell] of small.centroid) {
      const other = large.centroid.get(term);
      if (other !== undefined) dot += cell.w * other.w;
    }
    return dot / Math.sqrt(a.norm2 * b.norm2);
  }

  private createStory(
    article: ClusterArticle,
    language: Language,
    state: LanguageState,
    vector: Vector,
    order: number[],
    time: number | null,
  ): StoryState {
    const story = this.newStory(this.options.storyId(article), language);
    this.stories.set(story.id, story);
    this.join(story, vector, order, time, state);
    return story;
  }

  private newStory(id: string, language: Language): StoryState {
    return {
      id,
      seq: this.seq++,
      language,
      centroid: new Map(),
      norm2: 0,
      size: 0,
      timeSum: 0,
      timeCount: 0,
      firstTime: null,
      lastTime: null,
      indexed: new Set(),
      alive: true,
      recent: [],
      outlets: new Set(),
      acc: 0,
      mark: -1,
    };
  }

  /**
   * Adds an article's vector to a story's centroid (a sum of unit vectors) and index.
   * `order` holds positions in the vector, strongest first.
   */
  private join(
    story: StoryState,
    vector: Vector,
    order: number[],
    time: number | null,
    state: LanguageState,
  ): void {
    const { ids, weights } = vector;
    for (let i = 0; i < ids.length; i += 1)
      this.addWeight(story, ids[i] as number, weights[i] as number);
    story.size += 1;
    if (this.options.consolidation) this.changed.add(story);
    keepRecent(story.recent, { vector, time });
    if (time !== null) {
      story.timeSum += time;
      story.timeCount += 1;
      story.lastTime = story.lastTime === null ? time : Math.max(story.lastTime, time);
      story.firstTime = story.firstTime === null ? time : Math.min(story.firstTime, time);
    }
    const count = Math.min(order.length, this.options.indexTerms);
    for (let i = 0; i < count; i += 1) this.index(story, ids[order[i] as number] as number, state);
  }

  /** A syndicated copy joined: the story is still being covered (its window), nothing else. */
  /** Keeps the story's outlets (unknown once one member's outlet is). */
  private noteOutlet(story: StoryState, article: ClusterArticle): void {
    if (!story.outlets) return;
    if (article.outlet) story.outlets.add(article.outlet);
    else story.outlets = null;
  }

  private touch(story: StoryState, time: number | null): void {
    if (time === null) return;
    story.lastTime = story.lastTime === null ? time : Math.max(story.lastTime, time);
    story.firstTime = story.firstTime === null ? time : Math.min(story.firstTime, time);
  }

  /** centroid[term] += weight, keeping norm2 (the squared norm of the centroid) current. */
  private addWeight(story: StoryState, term: number, weight: number): void {
    let cell = story.centroid.get(term);
    if (cell === undefined) {
      cell = { story, w: 0 };
      story.centroid.set(term, cell);
    }
    const before = cell.w;
    const after = before + weight;
    cell.w = after;
    story.norm2 += after * after - before * before;
  }

  /** Puts a story in a term's posting list; the term must be in its centroid already. */
  private index(story: StoryState, term: number, state: LanguageState): void {
    if (story.indexed.has(term)) return;
    story.indexed.add(term);
    let posting = state.postings[term];
    if (!posting) {
      posting = new Posting();
      state.postings[term] = posting;
    }
    posting.add(story.centroid.get(term) as Cell);
  }

  /** Takes a dead story out of its postings (its cells go at the next compaction). */
  private unindex(story: StoryState, state: LanguageState): void {
    for (const term of story.indexed) {
      const posting = state.postings[term];
      if (!posting) continue;
      posting.remove(isDead);
      if (posting.live === 0) state.postings[term] = undefined;
    }
    story.indexed.clear();
  }

  /** Moves `from` into `into`: centroid, times and index terms. */
  private merge(into: StoryState, from: StoryState, state: LanguageState): void {
    for (const [term, cell] of from.centroid) this.addWeight(into, term, cell.w);
    into.size += from.size;
    into.timeSum += from.timeSum;
    into.timeCount += from.timeCount;
    if (from.lastTime !== null) {
      into.lastTime =
        into.lastTime === null ? from.lastTime : Math.max(into.lastTime, from.lastTime);
    }
    if (from.firstTime !== null) {
      into.firstTime =
        into.firstTime === null ? from.firstTime : Math.min(into.firstTime, from.firstTime);
    }
    for (const member of from.recent) keepRecent(into.recent, member);
    if (into.outlets && from.outlets) for (const outlet of from.outlets) into.outlets.add(outlet);
    else into.outlets = null;
    const terms = [...from.indexed];
    from.alive = false;
    this.unindex(from, state);
    for (const term of terms) this.index(into, term, state);
    this.stories.delete(from.id);
  }

  /**
   * The batch merge pass: each story changed since the last pass has the learned decision
   * taken again against the stories its terms find (`redecide`), and, when that does not clear
   * the bar, the second look (`secondLook`) when configured; the best pairs merge, best first,
   * in rounds until none clears. Returns [absorbed, surviving] pairs, the surviving story being
   * the older.
   */
  consolidate(): Array<[string, string]> {
    const c = this.options.consolidation;
    const merges: Array<[string, string]> = [];
    if (!c) return merges;
    for (let round = 0; round < 20; round += 1) {
      const pairs: Array<{ a: StoryState; b: StoryState; score: number }> = [];
      const changed = [...this.changed].filter((story) => story.alive);
      this.changed.clear();
      for (const s of changed) {
        const bar = s.timeCount > 0 ? c.threshold : c.undatedThreshold;
        const best = bar === null ? null : this.redecide(s, c);
        if (best && best.score >= (bar as number)) {
          pairs.push({ a: s, b: best.story, score: best.score });
          continue;
        }
        const linked =
          c.averageLink === null && c.sameMoment === null ? null : this.secondLook(s, c);
        if (linked) pairs.push({ a: s, b: linked.story, score: linked.score });
      }
      if (pairs.length === 0) break;
      pairs.sort((x, y) => y.score - x.score || x.a.seq - y.a.seq);
      const touched = new Set<StoryState>();
      let merged = 0;
      for (const { a, b } of pairs) {
        if (touched.has(a) || touched.has(b) || !a.alive || !b.alive) continue;
        const [into, from] = a.seq < b.seq ? [a, b] : [b, a];
        const state = this.languages.get(into.language) as LanguageState;
        this.merge(into, from, state);
        this.changed.add(into);
        touched.add(a);
        touched.add(b);
        merges.push([from.id, into.id]);
        merged += 1;
      }
      if (merged === 0) break;
    }
    return merges;
  }

  /**
   * The learned decision taken again for a whole story, as if it were one article arriving now:
   * its members' mean vector and mean time against the stories its terms find. The best-ranked
   * candidate and the join model's probability.
   */
  private redecide(
    s: StoryState,
    c: ConsolidationOptions,
  ): { story: StoryState; score: number } | null {
    if (s.size < c.minSize || s.size > c.maxSize) return null;
    const found = this.storyCandidates(s, c);
    if (found.length === 0) return null;
    return this.decideAmong(s, found, false);
  }

  /**
   * The best-ranked of `found` for the story `s` as one article (its mean vector and mean time)
   * and the join model's probability; with `sameMoment`, the time features as if no time
   * separated them (each kernel 1, each words × kernel the words similarity).
   */
  private decideAmong(
    s: StoryState,
    found: StoryState[],
    sameMoment: boolean,
  ): { story: StoryState; score: number } {
    const vector = this.meanVector(s);
    const time = s.timeCount > 0 ? s.timeSum / s.timeCount : null;
    const model = time === null ? this.learned.undated : this.learned.dated;
    const words = this.candidateFieldDots(vector, found);
    const ranks: number[] = [];
    const joins: number[] = [];
    const x = this.features;
    for (const [i, story] of found.entries()) {
      this.restoreFieldDots(i);
      this.decisionInputs(vector, story, time, this.bestOther(words, i));
      if (sameMoment) atSameMoment(x);
      ranks.push(logit(model.rank, x));
      joins.push(logit(model.weights, x));
    }
    this.clearProbe();
    let at = 0;
    for (let i = 1; i < ranks.length; i += 1)
      if ((ranks[i] as number) > (ranks[at] as number)) at = i;
    const p = joinProbabilities(model, ranks, joins);
    return { story: found[at] as StoryState, score: p[at] as number };
  }

  /**
   * The second look at a dated story `s` split from coverage days apart: among dated candidates
   * sharing no outlet with it (every outlet known), the best-ranked by the join model with the
   * time as if both were the same moment; it is returned when that probability reaches
   * `sameMoment` (when set) and the mean words cosine over all pairs of members (batch
   * average-link; members' words vectors have unit length, so it is the centroids' words dot
   * product over the product of the sizes) reaches `averageLink` (when set).
   */
  private secondLook(
    s: StoryState,
    c: ConsolidationOptions,
  ): { story: StoryState; score: number } | null {
    if (s.timeCount === 0 || !s.outlets) return null;
    const outlets = s.outlets;
    const found = this.storyCandidates(s, c).filter(
      (t) => t.timeCount > 0 && t.outlets !== null && !this.shareOutlet(outlets, t.outlets),
    );
    if (found.length === 0) return null;
    let story = found[0] as StoryState;
    let probability = 1;
    if (c.sameMoment !== null) {
      const best = this.decideAmong(s, found, true);
      story = best.story;
      probability = best.score;
      if (probability < c.sameMoment) return null;
    }
    const link = this.wordsDot(s, story) / (s.size * story.size);
    if (c.averageLink !== null && link < c.averageLink) return null;
    return { story, score: c.sameMoment !== null ? probability : link };
  }

  private shareOutlet(a: Set<string>, b: Set<string>): boolean {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    for (const outlet of small) if (large.has(outlet)) return true;
    return false;
  }

  /** Dot product of two stories' centroid sums over the words field's terms. */
  private wordsDot(a: StoryState, b: StoryState): number {
    const [small, large] = a.centroid.size <= b.centroid.size ? [a, b] : [b, a];
    let dot = 0;
    for (const [id, cell] of small.centroid) {
      if (this.fieldOf[id] !== WORDS) continue;
      const other = large.centroid.get(id);
      if (other !== undefined) dot += cell.w * other.w;
    }
    return dot;
  }

  /** A story's centroid divided by its size, as an article vector (for `redecide`). */
  private meanVector(s: StoryState): Vector {
    const ids: number[] = [];
    const weights: number[] = [];
    let present = 0;
    let words = 0;
    for (const [id, cell] of s.centroid) {
      const f = this.fieldOf[id] as number;
      if (f === WORDS) words += 1;
      present |= 1 << f;
      ids.push(id);
      weights.push(cell.w / s.size);
    }
    return { ids, weights, words, present, id: s.id };
  }

  /**
   * The `queryTerms` indexed terms of a story with the highest centroid weight, as an article's
   * strongest terms look its candidates up: a story's index holds every member's strongest
   * terms, and walking all their postings would cost the pass more than placing the articles.
   */
  private strongestIndexed(s: StoryState): number[] {
    const limit = this.options.queryTerms;
    const top: number[] = [];
    const weight = (term: number) => (s.centroid.get(term) as Cell).w;
    for (const term of s.indexed) {
      const w = weight(term);
      if (top.length === limit && w <= weight(top[limit - 1] as number)) continue;
      let at = top.length;
      while (at > 0 && weight(top[at - 1] as number) < w) at -= 1;
      top.splice(at, 0, term);
      if (top.length > limit) top.pop();
    }
    return top;
  }

  /** Stories sharing indexed terms with `s` within the pass's window, best partial score first. */
  private storyCandidates(s: StoryState, c: ConsolidationOptions): StoryState[] {
    const state = this.languages.get(s.language);
    if (!state) return [];
    const mark = ++this.marks;
    const touched: StoryState[] = [];
    const windowMs = c.windowDays * DAY;
    for (const term of this.strongestIndexed(s)) {
      const posting = state.postings[term];
      if (!posting || posting.live > this.options.maxPosting) continue;
      const w = (s.centroid.get(term) as Cell).w;
      for (const cell of posting.cells) {
        const t = cell.story;
        if (t === s) continue;
        if (t.mark !== mark) {
          if (!t.alive) continue;
          if (rangeGap(s, t) > windowMs) continue;
          t.mark = mark;
          t.acc = 0;
          touched.push(t);
        }
        t.acc += w * cell.w;
      }
    }
    touched.sort((x, y) => y.acc / (y.size * s.size) - x.acc / (x.size * s.size) || x.seq - y.seq);
    return touched.slice(0, c.candidates);
  }

  /** Drops stories that no dated article can join any more (outside the window). */
  private sweep(): void {
    this.sinceSweep = 0;
    if (!Number.isFinite(this.latestTime)) return;
    const horizon = this.latestTime - (this.options.windowDays + 1) * DAY;
    for (const story of this.stories.values()) {
      if (story.lastTime !== null && story.lastTime < horizon) {
        story.alive = false;
        const state = this.languages.get(story.language);
        if (state) this.unindex(story, state);
        this.stories.delete(story.id);
      }
    }
  }
}
