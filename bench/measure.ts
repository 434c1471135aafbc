/** Times `run` over `iterations` calls after a warm-up; returns mean microseconds per call. */
export async function meanMicros(
  iterations: number,
  run: (index: number) => unknown | Promise<unknown>,
): Promise<number> {
  const warmUp = Math.min(200, iterations);
  for (let index = 0; index < warmUp; index++) await run(index);
  const started = process.hrtime.bigint();
  for (let index = 0; index < iterations; index++) await run(index);
  const elapsed = Number(process.hrtime.bigint() - started) / 1000;
  return elapsed / iterations;
}

export interface Row {
  name: string;
  micros: number;
  /** The row this one is compared with, measured in the same run. */
  baseline?: string;
}

export function printTable(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  const byName = new Map(rows.map((row) => [row.name, row]));
  for (const row of rows) {
    const base = row.baseline ? byName.get(row.baseline) : undefined;
    const ratio = base ? `  ${(row.micros / base.micros).toFixed(2)}× ${base.name}` : '';
    console.log(`  ${row.name.padEnd(44)} ${row.micros.toFixed(2).padStart(10)} µs/op${ratio}`);
  }
}
