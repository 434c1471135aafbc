import type { PostingCell } from './posting';
import type { Language } from './text';

// The clusterer's inner state (clusterer.ts): an article's vector, a story as the clusterer holds
// it, and the small pure functions over them.

/**
 * An article's unit TF-IDF vector as parallel arrays (term ids, weights) in the order the terms
 * were first seen: dot products sum in this order, so results do not depend on the layout.
 */
export interface Vector {
  ids: number[];
  /** Each field's weights have unit length on their own (words alone without `fields`). */
  weights: number[];
  /** The first `words` positions are the words field (lookup, index and "why" use them). */
  words: number;
  /** Bit f set when the article has terms in field f. */
  present: number;
  /** The article's id: orders members of the same time (`keepRecent`). */
  id: string;
}

export type Cell = PostingCell<StoryState>;

/** A member kept for the max-link features: its vector and time. */
export interface Member {
  vector: Vector;
  time: number | null;
}

/** Members kept per story for the max-link features (its newest coverage). */
const RECENT_MEMBERS = 4;

export interface StoryState {
  id: string;
  /** Creation order: ties go to the older story. */
  seq: number;
  language: Language;
  /** Sum of the articles' vectors; the cells are shared with the postings of indexed terms. */
  centroid: Map<number, Cell>;
  norm2: number;
  size: number;
  /** Sum and count of known publication times, for the mean. */
  timeSum: number;
  timeCount: number;
  firstTime: number | null;
  lastTime: number | null;
  indexed: Set<number>;
  alive: boolean;
  /** The newest few members' vectors (by time, else arrival), for the max-link features. */
  recent: Member[];
  /** Outlets of its members; null once a member's outlet is unknown. */
  outlets: Set<string> | null;
  /** Scratch: partial dot product with the article being placed, valid when `mark` matches. */
  acc: number;
  mark: number;
}

export const isDead = (story: StoryState) => !story.alive;

/**
 * The `limit` strongest positions in the vector, strongest first, ties in term order (as a stable
 * sort would give them): they look candidates up and index the story. Insertion into a short
 * sorted list: only the first few of ~100 terms are ever read.
 */
export function strongestFirst({ weights, words }: Vector, limit: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < words; i += 1) {
    const weight = weights[i] as number;
    if (top.length === limit && weight <= (weights[top[limit - 1] as number] as number)) continue;
    let at = top.length;
    while (at > 0 && (weights[top[at - 1] as number] as number) < weight) at -= 1;
    top.splice(at, 0, i);
    if (top.length > limit) top.pop();
  }
  return top;
}

export const DAY = 86_400_000;

/** Adds a member to a story's newest few, dropping the oldest past `RECENT_MEMBERS`. */
export function keepRecent(recent: Member[], member: Member): void {
  // Newest by time, then by id: the same members whatever order they came in (a resumed import
  // seeds them in publication order, a single run met them in file order).
  const later = (a: Member, b: Member) => {
    const ta = a.time ?? Number.POSITIVE_INFINITY;
    const tb = b.time ?? Number.POSITIVE_INFINITY;
    return ta > tb || (ta === tb && a.vector.id > b.vector.id);
  };
  let at = recent.length;
  while (at > 0 && later(recent[at - 1] as Member, member)) at -= 1;
  recent.splice(at, 0, member);
  if (recent.length > RECENT_MEMBERS) recent.shift();
}

/** Milliseconds between two stories' time ranges (0 when they overlap or either is undated). */
export function rangeGap(a: StoryState, b: StoryState): number {
  if (a.firstTime === null || b.firstTime === null) return 0;
  return Math.max(
    0,
    Math.max(a.firstTime, b.firstTime) - Math.min(a.lastTime as number, b.lastTime as number),
  );
}
