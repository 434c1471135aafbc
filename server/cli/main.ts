import { Command } from 'commander';
import { evalClustersCommand } from '../cluster/eval-command';
import { parseConfig } from '../config';
import { UserFacingError } from '../errors';
import { PARALLAX_VERSION } from '../version';
import { importCommand, migrateCommand, serveCommand } from './commands';
import { registerIngestCommands } from './ingest-commands';
import { registerSourcesCommands } from './sources-commands';
import { registerWireCommands } from './wire-commands';

const ENVIRONMENT_HELP = `
Environment:
  HOST                   address to listen on (default 127.0.0.1)
  PORT                   port to listen on, 0 for any free port (default 8787)
  PARALLAX_DB            SQLite database file (default var/parallax.db)
  DATABASE_URL           postgres://… to use PostgreSQL instead of SQLite
  LOG_LEVEL              fatal|error|warn|info|debug|trace|silent (default info)
  RATE_LIMIT_PER_MINUTE  API requests per minute per IP address (default 300)
  PARALLAX_INGEST        on|off: poll the feeds inside \`serve\` (default on)
  PARALLAX_FEEDS_FILE    JSON list of feeds to poll instead of the catalog's`;

const program = new Command()
  .name('parallax')
  .description('The Parallax backend: stories, coverage and source ratings over HTTP.')
  .version(PARALLAX_VERSION)
  .addHelpText('after', ENVIRONMENT_HELP)
  .showHelpAfterError();

program
  .command('serve')
  .description('migrate the database, load the source catalog and serve the API')
  .action(() => serveCommand(parseConfig()));

program
  .command('migrate')
  .description('create or update the database schema (safe to run again)')
  .action(() => migrateCommand(parseConfig()));

program
  .command('import')
  .description('import articles from a JSONL file (one JSON object per line)')
  .argument('<file.jsonl>', 'the file to import')
  .action((file: string) => importCommand(parseConfig(), file));

program
  .command('detect')
  .description('detect the article in a saved HTML page and print the result as JSON')
  .argument('<file.html>', 'the saved page')
  .option('--url <url>', 'the address the page was served from (default: the file itself)')
  // Loaded on demand: the DOM (happy-dom) it needs would slow every other command's start.
  .action(async (file: string, options: { url?: string }) =>
    (await import('./detect-commands')).detectCommand(file, options),
  );

program
  .command('eval')
  .description('measure quality on real data')
  .command('detection')
  .description('per-field accuracy of article detection on ../shared/data/pages')
  .option('--pages <dir>', 'the pages directory (default ../shared/data/pages)')
  .action(async (options: { pages?: string }) =>
    (await import('./detect-commands')).evalDetectionCommand(options),
  );

registerSourcesCommands(program);
registerIngestCommands(program);
registerWireCommands(program);

// `eval` is shared with other evaluations (e.g. `eval detection`): add to it, or create it.
(program.commands.find((c) => c.name() === 'eval') ?? program.command('eval'))
  .command('clusters')
  .description(
    'cluster a stories JSONL file ignoring its "story" field and score the result against it',
  )
  .argument('<file.jsonl>', 'articles with their true "story"')
  .option('--out <file.json>', 'write {article id: story id} to this file')
  .option('--shuffle <seed>', 'cluster in a seeded random order instead of published/file order')
  .option(
    '--multi-day [seed]',
    'later articles of each story trail by 0-4 days, stories of a topic interleaved (seeded; default 11)',
  )
  .action(
    async (file: string, options: { out?: string; shuffle?: string; multiDay?: string | true }) => {
      await evalClustersCommand(file, {
        out: options.out,
        shuffle: options.shuffle === undefined ? undefined : Number(options.shuffle),
        multiDay:
          options.multiDay === undefined
            ? undefined
            : options.multiDay === true
              ? 11
              : Number(options.multiDay),
      });
    },
  );

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof UserFacingError) {
    // Expected failures: the message says what happened and what to do; a stack would not help.
    console.error(`parallax: ${error.message}`);
  } else {
    console.error('parallax: unexpected error; please report it with the output below.');
    console.error(error);
  }
  process.exitCode = 1;
}
