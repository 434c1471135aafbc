import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Story } from '../../core/story';
import { importJsonl } from '../../server/import/import-jsonl';
import { framingTerms } from '../../server/stories/terms';
import { openTestStore, type TestStore } from '../../server/testing/test-store';
import { sharedDataFile } from './shared-data';

/**
 * Story data on real roundups: a handful of stories from ../shared/data (read in place; the
 * selected lines go to a temp file for the importer, never into the repository) are imported,
 * and each story's overview must be 3–5 sentences found verbatim in its articles' texts, and its
 * framing terms must be words or adjacent word pairs of its own articles.
 */
const roundups = sharedDataFile('stories/neus-roundups.jsonl');
const STORIES = 8;

describe.skipIf(!roundups.available)('story data on neus-roundups.jsonl', () => {
  let store: TestStore;
  let folder: string;
  const texts = new Map<string, string[]>();

  beforeAll(async () => {
    const lines = readFileSync(roundups.path, 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    const picked: string[] = [];
    for (const line of lines) {
      const { story, title, text } = JSON.parse(line) as {
        story: string;
        title: string;
        text?: string;
      };
      if (!texts.has(story) && texts.size >= STORIES) continue;
      texts.set(story, [...(texts.get(story) ?? []), `${title}\n${text ?? ''}`]);
      picked.push(line);
    }
    folder = mkdtempSync(join(tmpdir(), 'parallax-story-data-'));
    const file = join(folder, 'roundups.jsonl');
    writeFileSync(file, `${picked.join('\n')}\n`);
    store = await openTestStore({
      config: { kind: 'sqlite', path: join(folder, 'parallax.db') },
      drop: async () => {},
    });
    await importJsonl(store, file);
  });
  afterAll(async () => {
    await store?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('summarises each story in 3–5 sentences taken verbatim from its articles', async () => {
    let withOverview = 0;
    for (const [id, articleTexts] of texts) {
      const story = Story.parse(await store.stories.story(id));
      if (!story.overview) continue;
      withOverview += 1;
      expect(story.overview.length, id).toBeGreaterThanOrEqual(3);
      expect(story.overview.length, id).toBeLessThanOrEqual(5);
      for (const sentence of story.overview) {
        expect(
          articleTexts.some((t) => t.includes(sentence)),
          `${id}: ${sentence}`,
        ).toBe(true);
      }
    }
    expect(withOverview).toBeGreaterThanOrEqual(STORIES - 1);
  });

  it('takes framing terms from the stories’ own texts', async () => {
    let withFraming = 0;
    for (const [id, articleTexts] of texts) {
      const story = Story.parse(await store.stories.story(id));
      if (!story.framing) continue;
      withFraming += 1;
      const vocabulary = new Set<string>();
      for (const text of articleTexts) {
        const { unigrams, bigrams } = framingTerms(text);
        for (const term of [...unigrams, ...bigrams]) vocabulary.add(term);
      }
      const terms = [...story.framing.left, ...story.framing.center, ...story.framing.right];
      for (const term of terms) expect(vocabulary.has(term), `${id}: ${term}`).toBe(true);
    }
    expect(withFraming).toBeGreaterThan(0);
  });
});
