import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits on terminal punctuation followed by a capital', () => {
    expect(splitSentences('The House voted. The Senate waits! Will it pass? Maybe.')).toEqual([
      'The House voted.',
      'The Senate waits!',
      'Will it pass?',
      'Maybe.',
    ]);
  });

  it('keeps abbreviations, initials and decimals inside a sentence', () => {
    expect(
      splitSentences(
        'Sen. Joe Manchin met Mr. Biden in Washington, D.C. on Monday. John F. Kennedy won 3.5 points in the U.S. House. It ended.',
      ),
    ).toEqual([
      'Sen. Joe Manchin met Mr. Biden in Washington, D.C. on Monday.',
      'John F. Kennedy won 3.5 points in the U.S. House.',
      'It ended.',
    ]);
  });

  it('keeps closing quotes with their sentence and breaks before an opening quote', () => {
    expect(
      splitSentences('He said, “We will win.” “Never,” she replied. "Done." Next one.'),
    ).toEqual(['He said, “We will win.”', '“Never,” she replied.', '"Done."', 'Next one.']);
  });

  it('does not break before a lower-case word and always breaks at a line break', () => {
    expect(
      splitSentences('It cost $5 vs. $6 at the time. e.g. not a break\n\nNew paragraph'),
    ).toEqual(['It cost $5 vs. $6 at the time. e.g. not a break', 'New paragraph']);
  });

  it('keeps a truncated ending as its own fragment', () => {
    expect(splitSentences('One thing happened. Then the officers shot a man after...')).toEqual([
      'One thing happened.',
      'Then the officers shot a man after...',
    ]);
  });
});
