import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractLede } from './extract-lede';
import { LedeWorker } from './lede-worker';

const PAGE = readFileSync(
  join(import.meta.dirname, '../../tests/fixtures/articles/varnen-dam.html'),
  'utf8',
);
const URL = 'https://northern-courier.example/world/2026/11/20/thousands-flee';
const workers: LedeWorker[] = [];
const worker = (timeoutMs?: number) => {
  const w = new LedeWorker(timeoutMs);
  workers.push(w);
  return w;
};
afterAll(() => {
  for (const w of workers) w.close();
});

// A new thread loads tsx, happy-dom and Readability: seconds on a busy machine, hence the timeout.
describe('LedeWorker', { timeout: 60_000 }, () => {
  it('extracts on its thread what extractLede extracts here, one page after another', async () => {
    const here = await extractLede(PAGE, URL);
    const w = worker(60_000);
    const [first, second, empty] = await Promise.all([
      w.extract(PAGE, URL),
      w.extract(PAGE.replaceAll('Floodwater from', 'Water from'), URL),
      w.extract('<html><body><nav>Home</nav></body></html>', URL),
    ]);
    expect(first).toEqual({ ok: true, page: here });
    expect(second.ok && second.page?.lede).toMatch(/^Water from the collapsed/);
    expect(empty).toEqual({ ok: true, page: null });
  });

  it('stops a page that takes too long by ending its thread', async () => {
    const w = worker(1);
    // 1 ms: no thread even starts that fast, so the first page is stopped.
    expect(await w.extract(PAGE, URL)).toEqual({
      ok: false,
      reason: 'extraction took more than 0.001 s',
    });
  });

  it('fails the waiting pages when closed', async () => {
    const w = worker(60_000);
    const pending = [w.extract(PAGE, URL), w.extract(PAGE, URL)];
    w.close();
    expect(await Promise.all(pending)).toEqual([
      { ok: false, reason: 'extraction stopped' },
      { ok: false, reason: 'extraction stopped' },
    ]);
  });
});
