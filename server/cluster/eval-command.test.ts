import { describe, expect, it } from 'vitest';
import { fileOrderLabel, formatEvaluation } from './eval-command';
import type { EvaluationResult } from './evaluate';

const score = { precision: 1, recall: 1, f1: 1 };
const result = (items: number) =>
  ({
    metrics: { items, bcubed: score, pairs: score, predictedClusters: 1, trueClusters: 1 },
    assignments: [],
    predicted: new Map(),
    millis: 1,
    articlesPerSecond: 1000,
  }) as unknown as EvaluationResult;

describe('eval clusters summary', () => {
  it('says "(no dates)" only when no article has a date', () => {
    expect(fileOrderLabel([{ publishedAt: 1 }, { publishedAt: 2 }])).toBe('published order');
    expect(fileOrderLabel([{ publishedAt: null }, { publishedAt: null }])).toBe(
      'file order (no dates)',
    );
    expect(fileOrderLabel([{ publishedAt: 1 }, { publishedAt: 2 }, { publishedAt: null }])).toBe(
      'file order (1 article of 3 without a date)',
    );
  });

  it('counts in the singular and plural', () => {
    expect(formatEvaluation('f.jsonl', result(1), 'published order', 1)).toContain(
      'Clustered 1 article of f.jsonl in published order (1 line skipped',
    );
    expect(formatEvaluation('f.jsonl', result(2), 'published order', 3)).toContain(
      'Clustered 2 articles of f.jsonl in published order (3 lines skipped',
    );
  });
});
