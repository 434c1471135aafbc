import type { Command } from 'commander';
import { z } from 'zod';
import { type Config, describeDatabase, parseConfig } from '../config';
import { UserFacingError } from '../errors';
import { backfillWires, formatWireBackfillSummary } from '../wire/backfill-wires';
import { openBackend } from './open-backend';

const Days = z.coerce.number().positive().finite();
const Batch = z.coerce.number().int().min(1).max(100_000);

/** `parallax wires …`: wire copy (server/wire/). */
export function registerWireCommands(program: Command): void {
  program
    .command('wires')
    .description('wire copy: articles attributed to AP, Reuters, … and near-copies')
    .command('backfill')
    .description(
      'attribute wire copy to articles already stored (markers and near-copies, as ingestion ' +
        'does); fills only what is missing, safe to run again',
    )
    .option('--days <n>', 'only articles published in the last N days (default: all)')
    .option('--batch <n>', 'articles read and written at a time', '1000')
    .action((options: { days?: string; batch: string }) =>
      wiresBackfillCommand(parseConfig(), options),
    );
}

export async function wiresBackfillCommand(
  config: Config,
  options: { days?: string; batch: string },
): Promise<void> {
  const days = options.days === undefined ? undefined : Days.safeParse(options.days);
  if (days && !days.success)
    throw new UserFacingError(`--days "${options.days}" is not a positive number of days.`);
  const batch = Batch.safeParse(options.batch);
  if (!batch.success)
    throw new UserFacingError(`--batch "${options.batch}" is not a whole number from 1 to 100000.`);
  // Opening migrates: a database from before migration 0007 has no wire columns yet.
  const { store, stories, close } = await openBackend(config);
  const tty = process.stderr.isTTY === true;
  try {
    console.log(
      `Attributing wire copy to stored articles${days ? ` of the last ${days.data} day(s)` : ''} (${describeDatabase(config.database)})…`,
    );
    const summary = await backfillWires(store.wireWindow, {
      days: days?.data,
      batch: batch.data,
      onStoriesChanged: (ids) => stories.refresh(ids),
      onProgress: tty
        ? (s) =>
            process.stderr.write(
              `\r\x1b[K  ${s.read} articles read, ${s.byMarker} by a marker, ${s.copies} copies…`,
            )
        : undefined,
    });
    if (tty) process.stderr.write('\r\x1b[K');
    console.log(formatWireBackfillSummary(summary));
  } finally {
    await close();
  }
}
