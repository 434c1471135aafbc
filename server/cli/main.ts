import { Command, InvalidArgumentError } from 'commander';
import { evalClustersCommand } from '../cluster/eval-command';
import { type Config, parseConfig } from '../config';
import { ConfigError, UserFacingError } from '../errors';
import { PARALLAX_VERSION } from '../version';
import { importCommand, migrateCommand, serveCommand } from './commands';
import { registerIngestCommands } from './ingest-commands';
import { registerSourcesCommands } from './sources-commands';
import { registerWireCommands } from './wire-commands';

const ENVIRONMENT_HELP = `
Environment:
  HOST                       address to listen on (default 127.0.0.1)
  PORT                       port to listen on, 0 for any free port (default 8787)
  PARALLAX_DB                SQLite database file (default var/parallax.db)
  DATABASE_URL               postgres://… to use PostgreSQL instead of SQLite
  LOG_LEVEL                  fatal|error|warn|info|debug|trace|silent (default info)
  RATE_LIMIT_PER_MINUTE      API requests per minute per IP address (default 300)
  PARALLAX_INGEST            on|off: poll the feeds inside \`serve\` (default on)
  PARALLAX_FEEDS_FILE        JSON list of feeds to poll instead of the catalog's
  PARALLAX_FETCH_ARTICLES    on|off: fetch the article page of new items without a
                             description, for its lede (default off)
  PARALLAX_FETCH_ALLOW_HOSTS comma-separated hosts the fetcher may reach even on private
                             addresses (tests only)
  PARALLAX_EXTENSION_IDS     comma-separated ids of the Parallax builds whose pages may
                             call the API (CORS); unset, any extension's may
  PARALLAX_ROLE              api|worker|all: what \`serve\` runs (default all; --role)
  PARALLAX_WRITER_POLL_MS    how often a standby worker asks PostgreSQL for the writer
                             role, and the writer checks it still holds it (default 2000)

A bad value stops start-up with a message naming the variable. PARALLAX_DB's folder must
exist, except the default var/, which is created.`;

const SERVE_HELP = `
The options win over the environment: --port over PORT, --host over HOST, --role over
PARALLAX_ROLE (README, "Configuration"). Ctrl-C (SIGINT) or SIGTERM finishes requests in
flight, closes the database and exits 0.

Roles: api serves HTTP only; worker polls the feeds and clusters, serving nothing; all does
both. On PostgreSQL any number of api, worker and all processes share one database and exactly
one of the worker/all ones writes at a time, elected through an advisory lock; when it dies
another takes over within about PARALLAX_WRITER_POLL_MS (docs/deploy/README.md). SQLite has no
election: one all process per file (api processes beside it only read); worker is refused.`;

const program = new Command()
  .name('parallax')
  .description('The Parallax backend: stories, coverage and source ratings over HTTP.')
  .version(PARALLAX_VERSION)
  .addHelpText('after', ENVIRONMENT_HELP)
  .showHelpAfterError();

program
  .command('serve')
  .description('migrate the database, load the source catalog and serve the API')
  .option('--port <port>', 'port to listen on, 0 for any free port (default: PORT or 8787)')
  .option('--host <host>', 'address to listen on (default: HOST or 127.0.0.1)')
  .option('--role <role>', 'api, worker or all (default: PARALLAX_ROLE or all)')
  .addHelpText('after', SERVE_HELP)
  .action((options: { port?: string; host?: string; role?: string }) =>
    serveCommand(
      configWithOptions({ PORT: options.port, HOST: options.host, PARALLAX_ROLE: options.role }),
    ),
  );

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
  .summary('detect the article in a saved HTML page and the outlet it belongs to')
  .description(
    'detect the article in a saved HTML page and the outlet the extension would show for it ' +
      '(name, domain, ratings with rater and date, or "no outlet in the index" with the ' +
      "site's name); prints {detection, match} as JSON, the match's summary also on stderr",
  )
  .argument('<file.html>', 'the saved page')
  .option(
    '--url <url>',
    "the address the page was served from (default: the file itself; the outlet is then the article's canonical address's)",
  )
  .option(
    '--index <file>',
    "the outlet index to match against (default: the last build's .generated/outlet-index.json, " +
      'else built from data/catalog.json and the rating files, as the extension build does)',
  )
  // Loaded on demand: the DOM (happy-dom) it needs would slow every other command's start.
  .action(async (file: string, options: { url?: string; index?: string }) =>
    (await import('./detect-commands')).detectCommand(file, options),
  );

program
  .command('annotate')
  .description('print, as JSON, the links on a saved search or social page that get bias chips')
  .argument('<file.html>', 'the saved page')
  .requiredOption('--url <url>', 'the address the page was saved from (picks the site adapter)')
  .action(async (file: string, options: { url: string }) =>
    (await import('./annotate-commands')).annotateCommand(file, options),
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
  .option(
    '--shuffle <seed>',
    'cluster in a seeded random order instead of published/file order',
    numberArgument,
  )
  .option(
    '--multi-day [seed]',
    'later articles of each story trail by 0-4 days, stories of a topic interleaved (seeded; default 11)',
    numberArgument,
  )
  .option(
    '--spread-days <days>',
    "move each article to a random moment within this many days after its story's date (seeded), in time order",
    numberArgument,
  )
  .action(
    async (
      file: string,
      options: { out?: string; shuffle?: number; multiDay?: number | true; spreadDays?: number },
    ) => {
      await evalClustersCommand(file, {
        out: options.out,
        spreadDays: options.spreadDays,
        shuffle: options.shuffle,
        multiDay: options.multiDay === true ? 11 : options.multiDay,
      });
    },
  );

/** A numeric option's value; anything else is refused by commander with what was typed. */
function numberArgument(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) {
    throw new InvalidArgumentError(`Expected a number, got "${value}".`);
  }
  return number;
}

// Nested commands (`eval clusters`, `wires backfill`…) are listed in the top-level help too.
program.addHelpText('after', () => `\nAll commands:\n${allCommands(program).join('\n')}`);

/** Every runnable command, nested ones by their full name, with its summary (else description). */
function allCommands(command: Command, prefix = 'parallax'): string[] {
  return command.commands.flatMap((sub) => {
    const name = `${prefix} ${sub.name()}`;
    if (sub.commands.length > 0) return allCommands(sub, name);
    const usage = `${name} ${sub.usage()}`.replace(/ \[options\]/, '').trim();
    return [`  ${usage.padEnd(44)} ${sub.summary() || sub.description()}`];
  });
}

/** Each option of `serve` and the variable it stands for. */
const FLAGS: Record<string, string> = { PORT: '--port', HOST: '--host', PARALLAX_ROLE: '--role' };

/** The configuration with command-line options over their variables; errors name the option. */
function configWithOptions(options: {
  PORT?: string;
  HOST?: string;
  PARALLAX_ROLE?: string;
}): Config {
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  try {
    return parseConfig({ ...process.env, ...given });
  } catch (error) {
    if (error instanceof ConfigError && error.variable in given) {
      const flag = FLAGS[error.variable] ?? `--${error.variable.toLowerCase()}`;
      throw new ConfigError(
        error.variable,
        error.message
          .replace(`${error.variable} is`, `${flag} is`)
          .replace(`Fix or unset ${error.variable}`, `Fix ${flag}`),
      );
    }
    throw error;
  }
}

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
