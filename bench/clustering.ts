import { LEGACY_CLUSTER_OPTIONS, OnlineClusterer } from '../server/cluster/clusterer';
import { articleTerms } from '../server/cluster/features';
import { printTable } from './measure';
import { syntheticWindow } from './synthetic-window';

const CHUNK = 250;

/**
 * Story clustering throughput with 50,000 articles inside the time window (synthetic-window.ts:
 * the real roundups replayed, dated over one day), then articles added one by one on this one
 * thread: the clusterer as shipped (learned decision over fields, issue 11; with
 * a batch merge pass when its options have one, every `consolidation.every` articles) beside the clusterer
 * of issue 5 (`LEGACY_CLUSTER_OPTIONS`), fed the same articles in alternating chunks of 250 so
 * that both see the same machine load. CPU time of this thread as well as wall time: on a shared
 * machine the wall clock also counts time spent waiting for a core, and the target is per core.
 */
export async function benchClustering(): Promise<void> {
  const synthetic = await syntheticWindow('Story clustering');
  if (!synthetic) return;
  const { stream, inWindow, measured } = synthetic;
  const next = (i: number) => stream[inWindow + (i % measured)] as (typeof stream)[number];
  const variants = [
    { name: 'shipped (learned decision, fields, merge pass)', clusterer: new OnlineClusterer() },
    { name: 'issue 5 (word threshold)', clusterer: new OnlineClusterer(LEGACY_CLUSTER_OPTIONS) },
  ].map((v) => ({ ...v, cpu: 0, wall: 0 }));
  // The batch merge pass (clusterer.ts MERGE_PASS, on by default) runs as evaluation runs
  // it, every `consolidation.every` articles, in the measured time.
  const place = (clusterer: OnlineClusterer, article: (typeof stream)[number], i: number) => {
    clusterer.add(article);
    const every = clusterer.options.consolidation?.every;
    if (every !== undefined && (i + 1) % every === 0) clusterer.consolidate();
  };
  for (const { clusterer } of variants) {
    for (let i = 0; i < inWindow; i += 1) place(clusterer, stream[i] as (typeof stream)[number], i);
  }
  // Warm-up, then alternating chunks.
  for (const { clusterer } of variants)
    for (let i = 0; i < 200; i += 1) place(clusterer, next(i), i);
  for (let start = 200; start < measured + 200; start += CHUNK) {
    for (const variant of variants) {
      const cpuBefore = process.cpuUsage();
      const wallBefore = process.hrtime.bigint();
      for (let i = start; i < start + CHUNK; i += 1) place(variant.clusterer, next(i), i);
      variant.wall += Number(process.hrtime.bigint() - wallBefore) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      variant.cpu += cpu.user + cpu.system;
    }
  }
  const featuresStart = process.hrtime.bigint();
  for (let i = 0; i < measured; i += 1) articleTerms(next(i).title, next(i).text ?? null, 'en');
  const features = Number(process.hrtime.bigint() - featuresStart) / 1000 / measured;
  const [shipped, legacy] = variants as [(typeof variants)[0], (typeof variants)[0]];
  printTable(
    `Story clustering, one thread (${inWindow} articles in the window, ${shipped.clusterer.storyCount} / ${legacy.clusterer.storyCount} stories)`,
    [
      { name: 'articleTerms (tokenise + stem; floor)', micros: features },
      { name: `add(), ${legacy.name}`, micros: legacy.wall / measured },
      {
        name: `add(), ${shipped.name}`,
        micros: shipped.wall / measured,
        baseline: `add(), ${legacy.name}`,
      },
    ],
  );
  for (const v of variants) {
    const cpuPerAdd = v.cpu / measured;
    console.log(
      `  → ${v.name}: ${Math.round(1e6 / (v.wall / measured))} articles/s by the wall clock, ${Math.round(1e6 / cpuPerAdd)} per second of CPU (${cpuPerAdd.toFixed(0)} µs CPU per add), ${inWindow} articles in the window`,
    );
  }
  console.log(
    `  → CPU per add, shipped / issue 5: ${(shipped.cpu / legacy.cpu).toFixed(2)} (same articles, same run)`,
  );
}
