import { describe, expect, it } from 'vitest';
import type { StoryArticleRecord } from '../store/records';
import { GROUPING_TERMS, groupingOf } from './grouping';

function record(id: string, terms: string[] | null): StoryArticleRecord {
  return {
    id,
    url: null,
    title: id,
    outlet: id,
    sourceId: null,
    publishedAt: null,
    storyId: 's',
    text: null,
    wire: null,
    duplicateOf: null,
    source: null,
    assignment: terms === null ? null : { similarity: terms.length > 0 ? 0.4 : 0, terms },
  };
}

describe('groupingOf', () => {
  it('is null when the clusterer placed no article: the story came with its articles', () => {
    expect(groupingOf([record('a', null), record('b', null)])).toBeNull();
  });

  it('names the terms most placements shared, most shared first, and counts the placed', () => {
    const grouping = groupingOf([
      // The story's first article opened it: placed, with no terms of its own.
      record('first', []),
      record('b', ['great lakes', 'treaty', 'senate']),
      record('c', ['Treaty', 'withdrawals', 'great lakes']),
      record('d', ['treaty', 'commission']),
      record('imported', null),
    ]);
    expect(grouping).toEqual({
      placed: 4,
      // Ties on count go to the better mean rank: "senate" came third where it came at all.
      terms: ['treaty', 'great lakes', 'withdrawals', 'commission', 'senate'],
    });
  });

  it('lists at most GROUPING_TERMS terms', () => {
    const many = Array.from({ length: 12 }, (_, i) => `term${i}`);
    expect(groupingOf([record('a', many)])?.terms).toHaveLength(GROUPING_TERMS);
  });

  it('leaves a word to the listed phrase that holds it', () => {
    const grouping = groupingOf([
      record('a', ['great', 'lakes', 'senate', 'great lakes', 'treaty']),
      record('b', ['lakes', 'great lakes', 'treaty']),
    ]);
    expect(grouping?.terms).toEqual(['great lakes', 'treaty', 'senate']);
  });
});
