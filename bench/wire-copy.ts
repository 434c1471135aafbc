import type { ArticleInput } from '../server/store/records';
import { wireFromMarkers } from '../server/wire/markers';
import { minHashSignature } from '../server/wire/minhash';
import { ledeShingles } from '../server/wire/shingles';
import { WireDetector } from '../server/wire/wire-detector';
import { meanMicros, printTable } from './measure';
import { syntheticWindow } from './synthetic-window';

/**
 * Wire-copy detection cost per article with 50,000 articles in the detector's window: the real
 * roundups replayed as a long stream (synthetic-window.ts; replays are not copies of each other),
 * 40 outlets in turn. Then the same ledes sent again under other outlets: every one of those is a
 * copy and is found.
 */
export async function benchWireCopy(): Promise<void> {
  const synthetic = await syntheticWindow('Wire copy');
  if (!synthetic) return;
  const { inWindow, measured } = synthetic;
  const stream = synthetic.stream.map(
    (a, i): ArticleInput => ({
      id: a.id,
      url: `https://outlet-${i % 40}.example/${a.id}`,
      title: a.title,
      outlet: null,
      sourceId: `outlet-${i % 40}`,
      publishedAt: new Date(a.publishedAt ?? 0).toISOString(),
      storyId: null,
      text: a.text ?? null,
    }),
  );
  const next = (i: number) => stream[inWindow + (i % measured)] as ArticleInput;
  const detector = new WireDetector({ capacity: inWindow });
  const fillStarted = process.hrtime.bigint();
  for (let i = 0; i < inWindow; i += 1) detector.detect(stream[i] as ArticleInput);
  const fillMicros = Number(process.hrtime.bigint() - fillStarted) / 1000 / inWindow;
  const markers = await meanMicros(measured, (i) => wireFromMarkers(next(i)));
  const signature = await meanMicros(measured, (i) => {
    const shingles = ledeShingles(next(i).text);
    return shingles && minHashSignature(shingles);
  });
  const fresh = new WireDetector({ capacity: inWindow });
  const empty = await meanMicros(measured, (i) => fresh.detect(next(i)));
  const full = await meanMicros(measured, (i) => detector.detect(next(i)));
  // Copies: texts already in the window, under another outlet and id.
  const before = detector.duplicates;
  let sent = 0;
  const copy = (i: number): ArticleInput => {
    sent += 1;
    const original = stream[inWindow - measured + (i % measured)] as ArticleInput;
    return { ...original, id: `copy-${i}`, url: null, sourceId: 'copying-outlet' };
  };
  const copies = await meanMicros(measured, (i) => detector.detect(copy(i)));
  const found = detector.duplicates - before;
  printTable(`Wire copy, one thread (${detector.size} articles in the window)`, [
    { name: 'wireFromMarkers (explicit markers only)', micros: markers },
    { name: 'lede shingles + MinHash signature (floor)', micros: signature },
    {
      name: 'detect(), empty window',
      micros: empty,
      baseline: 'lede shingles + MinHash signature (floor)',
    },
    { name: 'detect(), 50,000 in the window', micros: full, baseline: 'detect(), empty window' },
    {
      name: 'detect() of a copy, 50,000 in the window',
      micros: copies,
      baseline: 'detect(), 50,000 in the window',
    },
  ]);
  console.log(
    `  → ${Math.round(1e6 / full)} articles/s with ${inWindow} articles in the window ` +
      `(filling it: ${Math.round(1e6 / fillMicros)} articles/s); ${found} of ${sent} copies found`,
  );
}
