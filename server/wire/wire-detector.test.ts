import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../store/records';
import { WireDetector } from './wire-detector';

// Written for these tests: an agency's report, the same event in other outlets' own words.
const AP_TEXT =
  'WASHINGTON (AP) — The Senate voted 51-49 early Wednesday to approve a $3.5 trillion budget ' +
  'framework, clearing the way for Democrats to write a sweeping package of social and climate ' +
  'programs without Republican votes. Vice President Kamala Harris did not need to break a tie. ' +
  'The vote followed an all-night session in which Republicans forced dozens of amendments on ' +
  'taxes, immigration and police funding, nearly all of which failed along party lines before ' +
  'senators left for their August recess.';

const OWN_REPORT =
  'Senate Democrats approved a $3.5 trillion budget blueprint on a party-line vote before dawn ' +
  'on Wednesday, a step that lets them pass the package later without any Republican support. ' +
  'Republicans spent the night offering amendments on taxes and the border in an effort to ' +
  'put vulnerable Democrats on the record, and Minority Leader Mitch McConnell called the plan ' +
  'reckless. The House is expected to take up the framework when it returns later this month.';

const SYNDICATED_TEXT =
  'Shares of regional lenders fell sharply on Thursday after a mid-sized bank in California ' +
  'disclosed a loss on its bond portfolio and said it would raise new capital, reviving fears ' +
  'about deposits that had eased since the spring. Analysts said the sell-off reflected worry ' +
  'about rising interest rates rather than any single institution, and several noted that ' +
  'most regional banks hold far more capital than they did before the 2008 financial crisis.';

let next = 0;
function article(fields: Partial<ArticleInput>): ArticleInput {
  next += 1;
  return {
    id: `a${next}`,
    url: `https://news-${next}.example.com/story-${next}`,
    title: 'A headline',
    outlet: null,
    sourceId: `outlet-${next}`,
    publishedAt: '2021-08-11T06:00:00.000Z',
    storyId: null,
    text: null,
    ...fields,
  };
}

/** The same words with a few replaced: how outlets lightly edit copy they run. */
function reword(text: string, replacements: Record<string, string>): string {
  let out = text;
  for (const [from, to] of Object.entries(replacements)) out = out.replace(from, to);
  return out;
}

describe('WireDetector: near-copies of wire text', () => {
  it('attributes an unmarked, lightly edited copy to the wire of the article it copies', () => {
    const detector = new WireDetector();
    const original = article({
      url: 'https://apnews.com/article/senate-budget-1',
      sourceId: 'associated-press',
      text: AP_TEXT,
    });
    expect(detector.detect(original)).toEqual({
      wire: 'ap',
      duplicateOf: null,
      evidence: 'domain',
    });
    // Dateline dropped, headline changed, two words changed: what a local paper does.
    const copy = article({
      title: 'Senate passes budget plan',
      text: reword(AP_TEXT.replace('WASHINGTON (AP) — ', ''), {
        'early Wednesday': 'Wednesday morning',
        sweeping: 'broad',
      }),
    });
    expect(detector.detect(copy)).toEqual({
      wire: 'ap',
      duplicateOf: original.id,
      evidence: 'near-duplicate',
    });
  });

  it("does not take another outlet's own report of the same event for a copy", () => {
    const detector = new WireDetector();
    detector.detect(article({ url: 'https://apnews.com/article/x', text: AP_TEXT }));
    expect(detector.detect(article({ text: OWN_REPORT }))).toEqual({
      wire: null,
      duplicateOf: null,
      evidence: null,
    });
  });

  it('marks two non-wire outlets running the same text as duplicates of the first', () => {
    const detector = new WireDetector();
    const first = article({ text: SYNDICATED_TEXT });
    const second = article({ text: SYNDICATED_TEXT.replace('sharply', 'steeply') });
    const third = article({ text: SYNDICATED_TEXT });
    expect(detector.detect(first).duplicateOf).toBeNull();
    expect(detector.detect(second)).toEqual({
      wire: null,
      duplicateOf: first.id,
      evidence: 'near-duplicate',
    });
    // A copy of a copy points at the first: one original per text.
    expect(detector.detect(third).duplicateOf).toBe(first.id);
    expect(detector.duplicates).toBe(2);
  });

  it('keeps a marked copy’s own wire and still links it to the text it copies', () => {
    const detector = new WireDetector();
    const first = article({ text: AP_TEXT.replace('WASHINGTON (AP) — ', '') });
    const marked = article({ text: AP_TEXT });
    detector.detect(first);
    expect(detector.detect(marked)).toEqual({
      wire: 'ap',
      duplicateOf: first.id,
      evidence: 'dateline',
    });
  });

  it("leaves the wire's own article an original even when a copy came first", () => {
    const detector = new WireDetector();
    const early = article({ text: AP_TEXT.replace('WASHINGTON (AP) — ', '') });
    const own = article({ url: 'https://apnews.com/article/y', text: AP_TEXT });
    const late = article({ text: AP_TEXT.replace('WASHINGTON (AP) — ', '') });
    expect(detector.detect(early).wire).toBeNull();
    expect(detector.detect(own)).toEqual({ wire: 'ap', duplicateOf: null, evidence: 'domain' });
    // A later copy matches both: the wire-attributed one is preferred.
    expect(detector.detect(late)).toEqual({
      wire: 'ap',
      duplicateOf: own.id,
      evidence: 'near-duplicate',
    });
  });

  it('does not count the same outlet (or the same article read again) as a copy', () => {
    const detector = new WireDetector();
    const first = article({ sourceId: 'nyt', text: SYNDICATED_TEXT });
    detector.detect(first);
    expect(detector.detect(article({ sourceId: 'nyt', text: SYNDICATED_TEXT })).duplicateOf).toBe(
      null,
    );
    expect(detector.detect({ ...first }).duplicateOf).toBeNull();
    const byName = new WireDetector();
    byName.detect(article({ sourceId: null, outlet: 'The Blog', text: SYNDICATED_TEXT }));
    expect(
      byName.detect(article({ sourceId: null, outlet: 'the blog', text: SYNDICATED_TEXT }))
        .duplicateOf,
    ).toBeNull();
  });

  it('compares no headline-only items and no articles days apart', () => {
    const detector = new WireDetector({ maxAgeMs: 86_400_000 });
    const short = 'Senate approves $3.5 trillion budget framework on party-line vote.';
    detector.detect(article({ text: short }));
    expect(detector.detect(article({ text: short })).duplicateOf).toBeNull();
    detector.detect(article({ text: SYNDICATED_TEXT, publishedAt: '2021-08-01T00:00:00Z' }));
    const later = article({ text: SYNDICATED_TEXT, publishedAt: '2021-08-05T00:00:00Z' });
    expect(detector.detect(later).duplicateOf).toBeNull();
  });

  it('forgets the oldest article once the window is full', () => {
    const detector = new WireDetector({ capacity: 2 });
    const first = article({ text: SYNDICATED_TEXT });
    detector.detect(first);
    detector.detect(article({ text: OWN_REPORT }));
    detector.detect(article({ text: AP_TEXT }));
    expect(detector.size).toBe(2);
    expect(detector.detect(article({ text: SYNDICATED_TEXT })).duplicateOf).toBeNull();
  });

  it('finds copies of seeded (stored) articles and inherits their wire', () => {
    const detector = new WireDetector();
    detector.seed([
      {
        id: 'stored-1',
        url: 'https://example.org/x',
        outlet: 'Local Paper',
        sourceId: null,
        publishedAt: '2021-08-11T05:00:00.000Z',
        text: AP_TEXT,
        wire: 'ap',
        duplicateOf: null,
      },
    ]);
    expect(detector.size).toBe(1);
    const copy = detector.attribute(article({ text: AP_TEXT.replace('WASHINGTON (AP) — ', '') }));
    expect(copy).toMatchObject({ wire: 'ap', duplicateOf: 'stored-1' });
  });

  it('never marks an article read again a duplicate of itself (a file imported twice)', () => {
    const detector = new WireDetector();
    const first = article({ text: SYNDICATED_TEXT });
    const second = article({ text: SYNDICATED_TEXT.replace('sharply', 'steeply') });
    const runOnce = () => [detector.detect(first), detector.detect(second)];
    expect(runOnce().map((found) => found.duplicateOf)).toEqual([null, first.id]);
    // The second run: the window holds `second` as a copy of `first`, which must not send
    // `first` back to itself.
    expect(runOnce().map((found) => found.duplicateOf)).toEqual([null, first.id]);
  });

  it('never marks a seeded copy’s original a duplicate of itself (an import resumed)', () => {
    const detector = new WireDetector();
    const stored = {
      url: 'https://example.org/copy',
      outlet: 'Copying Paper',
      sourceId: null,
      publishedAt: '2021-08-11T05:00:00.000Z',
      text: SYNDICATED_TEXT,
      wire: null,
    };
    detector.seed([{ ...stored, id: 'copy-1', duplicateOf: 'original-1' }]);
    const original = article({ id: 'original-1', text: SYNDICATED_TEXT });
    expect(detector.detect(original).duplicateOf).toBeNull();
  });
});
