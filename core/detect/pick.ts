import type { EvidenceSource } from '../detected-article';

/** A value read from one place on the page. */
export type Candidate<T> = readonly [EvidenceSource, T | null | undefined];
export interface Picked<T> {
  value: T;
  from: EvidenceSource;
}

/** The first candidate that has a value and passes `accept`, with where it came from. */
export function pick<T>(
  candidates: readonly Candidate<T>[],
  accept: (value: T) => boolean = () => true,
): Picked<T> | null {
  for (const [from, value] of candidates) {
    if (value !== null && value !== undefined && accept(value)) return { value, from };
  }
  return null;
}

/** Collapses whitespace and clips to `max` characters; null when nothing is left. */
export function clip(text: string | null | undefined, max: number): string | null {
  const clean = text?.replace(/\s+/g, ' ').trim();
  return clean ? clean.slice(0, max) : null;
}
