import { type Command, Option } from 'commander';
import { type Config, parseConfig } from '../config';
import { UserFacingError } from '../errors';
import { buildIndexCommand } from '../ratings/build-index-command';
import { importRatings, RATING_FORMATS, type RatingFormat } from '../ratings/import-ratings';
import { formatRatingsSummary } from '../ratings/ratings-summary';
import { openBackend } from './open-backend';

interface SourcesImportOptions {
  format: RatingFormat;
  ratedOn?: string;
  attribution?: string;
  allRejected?: boolean;
}

/** `parallax sources …`: the source catalog and the ratings attached to it. */
export function registerSourcesCommands(program: Command): void {
  const sources = program.command('sources').description('outlets and their ratings');
  sources
    .command('import')
    .description(
      'import a rating file; each row rates one outlet, attached to its catalog source or to a ' +
        'new uncurated source for its domain (safe to run again: updates, never duplicates)',
    )
    .argument('<file>', 'the rating file')
    .addOption(
      new Option('--format <format>', 'the file format (csv: see docs/ratings-csv.md)')
        .choices(Object.keys(RATING_FORMATS))
        .makeOptionMandatory(),
    )
    .option(
      '--rated-on <YYYY-MM-DD>',
      'when the ratings were published (default: a date in the file name)',
    )
    .option('--attribution <text>', "replace the format's attribution and licence text")
    .option('--all-rejected', 'list every rejected line, not only the first of each reason')
    .action((file: string, options: SourcesImportOptions) =>
      sourcesImportCommand(parseConfig(), file, options),
    );
  sources
    .command('build-index')
    .description(
      "build the extension's outlet index from data/catalog.json and the rating files, and " +
        'print its summary (counts by rater, country, language; conflicts; rejects)',
    )
    .option(
      '--ratings-dir <dir>',
      'the rating files (default: PARALLAX_RATINGS_DIR or ../shared/data/ratings)',
    )
    .option('--out <file>', 'also write the index (JSON) to this file')
    .option('--all', 'list every conflict and rejected row, not only the first of each kind')
    .action(buildIndexCommand);
}

export async function sourcesImportCommand(
  config: Config,
  file: string,
  options: SourcesImportOptions,
): Promise<void> {
  if (options.ratedOn !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.ratedOn)) {
    throw new UserFacingError(
      `--rated-on "${options.ratedOn}" is not a date: give it as YYYY-MM-DD, e.g. 2023-11-15.`,
    );
  }
  const { store, stories, close } = await openBackend(config);
  const tty = process.stderr.isTTY === true;
  try {
    const summary = await importRatings(store, file, options.format, {
      ratedOn: options.ratedOn,
      attribution: options.attribution,
      onProgress: tty
        ? (stage, done, total) =>
            process.stderr.write(`\r\x1b[K  ${stage}: ${done}${total ? ` of ${total}` : ''} rows…`)
        : undefined,
    });
    // Coverage and blindspots of stories by the re-rated outlets change with their leaning.
    await stories.refreshSources(summary.changedSources);
    if (tty) process.stderr.write('\r\x1b[K');
    console.log(formatRatingsSummary(summary, options.allRejected ? Infinity : 12));
  } finally {
    if (tty) process.stderr.write('\r\x1b[K');
    await close();
  }
}
