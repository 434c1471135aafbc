import { describe, expect, it } from 'vitest';
import { type ClusterArticle, OnlineClusterer } from './clusterer';
import { detectLanguage, tokenize } from './text';

const DAY = 86_400_000;
const t0 = Date.parse('2021-05-03T12:00:00Z');

const stream: ClusterArticle[] = [
  {
    id: 'a1',
    title: 'Supreme Court sides with police officers in qualified immunity cases',
    text: 'The Supreme Court ruled on Monday that police officers were entitled to qualified immunity in two excessive force cases.',
    publishedAt: t0,
  },
  {
    id: 'b1',
    title: 'Colonial Pipeline restarts operations after ransomware attack',
    text: 'Colonial Pipeline said it had restarted fuel deliveries after a ransomware attack shut the largest fuel pipeline in the United States.',
    publishedAt: t0 + 1000,
  },
  {
    id: 'a2',
    title: 'Justices side with officers accused of excessive force',
    text: 'In two unsigned opinions the Supreme Court granted qualified immunity to police officers accused of excessive force.',
    publishedAt: t0 + 2000,
  },
  {
    id: 'b2',
    title: 'Gas shortages spread as Colonial Pipeline hack continues',
    text: 'Drivers faced fuel shortages across the Southeast after hackers hit the Colonial Pipeline with ransomware.',
    publishedAt: t0 + 3000,
  },
];

describe('OnlineClusterer', () => {
  it.each(['learned', 'threshold'] as const)(
    'places syndicated copies in their story without letting their words weigh on it (%s decision)',
    (decision) => {
      const [a1, , a2] = stream as [ClusterArticle, ClusterArticle, ClusterArticle];
      const copies = [1, 2, 3, 4, 5].map((n) => ({
        ...a2,
        id: `copy-${n}`,
        publishedAt: t0 + 1000 + n,
      }));
      const probe = { ...a2, id: 'probe', publishedAt: t0 + 5000 };
      const withoutCopies = new OnlineClusterer({ decision });
      withoutCopies.add(a1);
      const expected = withoutCopies.add(probe);

      const marked = new OnlineClusterer({ decision });
      const story = marked.add(a1).storyId;
      for (const copy of copies)
        expect(marked.add({ ...copy, syndicated: true }).storyId).toBe(story);
      // Same similarity as if the copies had never come: same centroid, same document frequencies
      // (the copies do keep the story current: its newest time moves, which the learned decision's
      // time features see in the 12th digit).
      const placed = marked.add(probe);
      expect({ ...placed, similarity: 0 }).toEqual({ ...expected, similarity: 0 });
      expect(placed.similarity).toBeCloseTo(expected.similarity, 9);

      const unmarked = new OnlineClusterer({ decision });
      unmarked.add(a1);
      for (const copy of copies) unmarked.add(copy);
      expect(unmarked.add(probe).similarity).not.toBeCloseTo(expected.similarity, 6);
    },
  );

  it('puts articles on the same event together and apart from other events', () => {
    const clusterer = new OnlineClusterer();
    const stories = stream.map((article) => clusterer.add(article).storyId);
    expect(stories[0]).toBe(stories[2]);
    expect(stories[1]).toBe(stories[3]);
    expect(stories[0]).not.toBe(stories[1]);
    expect(clusterer.storyCount).toBe(2);
  });

  it('records the similarity and the shared terms that drove an assignment', () => {
    const clusterer = new OnlineClusterer();
    const [first, , second] = stream.map((article) => clusterer.add(article));
    expect(first).toMatchObject({ created: true, similarity: 0, terms: [] });
    expect(second?.created).toBe(false);
    expect(second?.similarity).toBeGreaterThan(0.14);
    expect(second?.similarity).toBeLessThanOrEqual(1);
    expect(second?.terms.length).toBeGreaterThan(0);
    expect(second?.terms).toEqual(expect.arrayContaining(['court', 'supreme']));
  });

  it('is deterministic for the same input order', () => {
    const run = () => {
      const clusterer = new OnlineClusterer();
      return stream.map((article) => clusterer.add(article));
    };
    expect(run()).toEqual(run());
  });

  it('does not join a story outside the time window', () => {
    const clusterer = new OnlineClusterer({ windowDays: 2 });
    const first = clusterer.add(stream[0] as ClusterArticle);
    const late = clusterer.add({ ...(stream[2] as ClusterArticle), publishedAt: t0 + 5 * DAY });
    expect(late.storyId).not.toBe(first.storyId);
    expect(late.created).toBe(true);
  });

  it('never mixes languages', () => {
    const clusterer = new OnlineClusterer();
    const english = clusterer.add(stream[0] as ClusterArticle);
    const other = clusterer.add({ ...(stream[2] as ClusterArticle), id: 'x', language: 'fr' });
    expect(other.storyId).not.toBe(english.storyId);
  });

  it('merges two stories when an article bridges them and they have converged', () => {
    const clusterer = new OnlineClusterer({ threshold: 0.5, mergeThreshold: 0.3 });
    const text = 'Senate passes infrastructure bill with bipartisan vote after weeks of talks';
    const a = clusterer.add({ id: 'm1', title: `${text} on roads`, text: null, publishedAt: t0 });
    const b = clusterer.add({ id: 'm2', title: `${text} on bridges`, text: null, publishedAt: t0 });
    // Same-looking titles join at once; force two stories with an unrelated first article.
    expect(b.storyId).toBe(a.storyId);
    const separate = new OnlineClusterer({ threshold: 0.9, mergeThreshold: 0.3 });
    const s1 = separate.add({ id: 's1', title: `${text} roads rail`, publishedAt: t0 });
    const s2 = separate.add({ id: 's2', title: `${text} ports airports`, publishedAt: t0 });
    expect(s2.storyId).not.toBe(s1.storyId);
    const lowered = new OnlineClusterer({ threshold: 0.9, mergeThreshold: 0.3 });
    lowered.add({ id: 's1', title: `${text} roads rail`, publishedAt: t0 });
    lowered.add({ id: 's2', title: `${text} ports airports`, publishedAt: t0 });
    // A bridging article close to both (threshold lowered by options for the test).
    (lowered.options as { threshold: number }).threshold = 0.5;
    const bridge = lowered.add({
      id: 's3',
      title: `${text} roads rail ports airports`,
      publishedAt: t0,
    });
    expect(bridge.merged).toHaveLength(1);
    expect(lowered.storyCount).toBe(1);
  });

  it('forgets stories once they are out of the window', () => {
    const clusterer = new OnlineClusterer({ windowDays: 1 });
    for (let i = 0; i < 2100; i += 1) {
      clusterer.add({
        id: `n${i}`,
        title: `Unique headline number ${i} zq${i}`,
        publishedAt: t0 + i * DAY,
      });
    }
    expect(clusterer.storyCount).toBeLessThan(2100);
  });
});

describe('text', () => {
  it('tokenises ASCII text on its fast path exactly as on the Unicode one', () => {
    const texts = [
      "The U.S. Senate's vote. Then Joe Biden spoke on use-of-force — “again” at 3.5% in 2021…",
      'Trump slams John Kerry for ‘shadow diplomacy’ on Iran deal\nO’Rourke, 10-year-old, A.B.C.',
    ];
    for (const text of texts) {
      // A non-ASCII letter sends the whole text down the Unicode path.
      const unicode = tokenize(`${text} café`).slice(0, -1);
      expect(tokenize(text)).toEqual(unicode);
    }
  });

  it('tokenises with sentences, capitals and abbreviations', () => {
    const tokens = tokenize("The U.S. Senate's vote. Then Joe Biden spoke on use-of-force.");
    expect(tokens.map((t) => t.word)).toEqual([
      'the',
      'us',
      'senate',
      'vote',
      'then',
      'joe',
      'biden',
      'spoke',
      'on',
      'use',
      'of',
      'force',
    ]);
    expect(tokens.find((t) => t.word === 'biden')?.capitalised).toBe(true);
    expect(tokens.find((t) => t.word === 'then')?.capitalised).toBe(false);
  });

  it('tells English from other languages', () => {
    expect(detectLanguage('The president said on Monday that the bill is dead in the Senate')).toBe(
      'en',
    );
    expect(
      detectLanguage('Le président a déclaré lundi que le projet de loi était mort au Sénat'),
    ).toBe('und');
  });
});
