import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { importJsonl } from '../import/import-jsonl';
import { jsonlFiles } from '../testing/jsonl-files';
import { storedAssignments } from '../testing/stored-assignments';
import { writeSyntheticJsonl } from '../testing/synthetic-jsonl';
import { describeEachBackend } from '../testing/test-databases';
import type { TestStore } from '../testing/test-store';
import { testStores } from '../testing/test-stores';
import { seedWireDetector } from '../wire/seed-wires';
import { WireDetector } from '../wire/wire-detector';
import { ImportClustering } from './import-clustering';
import { seedFromStore } from './seed';

/**
 * An import stopped after its first stored batches (kill -9: server/cli/crash-recovery.test.ts)
 * and run again must end with the stories of an uninterrupted import: the second run's
 * clusterer, seeded from the stored window, has to decide as the first run's would have.
 */
describeEachBackend('an import resumed from the store', (_kind, createDatabase) => {
  const openStore = testStores(createDatabase);
  const writeLines = jsonlFiles();

  /** One `parallax import` as server/cli/commands.ts runs it: wires and clusterer seeded first. */
  async function importRun(store: TestStore, file: string) {
    const clustering = new ImportClustering();
    const wires = new WireDetector();
    await seedWireDetector(wires, store.store.wireWindow);
    await importJsonl(store, file, {
      wires,
      clustering,
      beforeClustering: () => seedFromStore(clustering, store.store.clusterWindow),
    });
  }

  async function partition(store: TestStore, ids: string[]): Promise<string[][]> {
    const byStory = new Map<string, string[]>();
    for (const [article, story] of (await storedAssignments(store, ids)).pairs) {
      const members = byStory.get(story as string) ?? [];
      members.push(article as string);
      byStory.set(story as string, members);
    }
    return [...byStory.values()]
      .map((m) => m.sort())
      .sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
  }

  it.each([500, 1000])(
    'ends with the stories of an uninterrupted run after %i stored articles',
    async (stored) => {
      const full = writeLines('placeholder.jsonl', []);
      const total = writeSyntheticJsonl(full, 30, 50);
      const lines = readFileSync(full, 'utf8').trimEnd().split('\n');
      const ids = lines.map((line) => (JSON.parse(line) as { id: string }).id);
      const head = path.join(path.dirname(full), 'head.jsonl');
      writeFileSync(head, `${lines.slice(0, stored).join('\n')}\n`);

      const clean = await openStore();
      await importRun(clean, full);
      const resumed = await openStore();
      await importRun(resumed, head);
      await importRun(resumed, full);

      const expected = await partition(clean, ids);
      expect(expected.flat()).toHaveLength(total);
      expect(await partition(resumed, ids)).toEqual(expected);
    },
  );
});
