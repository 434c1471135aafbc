import { statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from './errors';
import { parseExtensionIds } from './http/cors';

/** Where the data lives: an embedded SQLite file, or a PostgreSQL server. */
export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export interface Config {
  host: string;
  port: number;
  database: DatabaseConfig;
  logLevel: LogLevel;
  rateLimitPerMinute: number;
  /**
   * The extension ids whose pages may call the API (PARALLAX_EXTENSION_IDS; server/http/cors.ts);
   * empty: every extension origin. Optional so configs built in tests need not say.
   */
  extensionIds?: string[];
  /** What `parallax serve` runs (PARALLAX_ROLE or --role): server/cli/serve-role.ts. */
  role?: ServeRole;
  /** How often a standby asks PostgreSQL for the writer role (PARALLAX_WRITER_POLL_MS). */
  writerPollMs?: number;
  /** Feed ingestion (server/ingest); optional so configs built in tests need not say. */
  ingest?: IngestConfig;
}

export interface IngestConfig {
  /** Whether `parallax serve` runs the feed scheduler in-process (PARALLAX_INGEST). */
  enabled: boolean;
  /** Hosts the SSRF guard lets through, for tests with loopback servers only. */
  allowHosts: string[];
  /** A JSON file of feeds ([{"url", "sourceId"}] or [url]) instead of the catalog's. */
  feedsFile: string | null;
  /**
   * Whether items without a description get the lede of their article page (PARALLAX_FETCH_ARTICLES;
   * off by default: it costs each publisher a request per article). server/ingest/article-ledes.ts.
   */
  fetchArticles: boolean;
}

/**
 * `api` serves HTTP only; `worker` only ingests and clusters, once elected the one writer;
 * `all` does both (the single-machine default).
 */
export const SERVE_ROLES = ['api', 'worker', 'all'] as const;
export type ServeRole = (typeof SERVE_ROLES)[number];

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Each variable with its default and, in `expected`, the words a person reads when the value
 * is wrong. Empty strings count as unset, so `PORT= npx parallax serve` means the default.
 */
const Env = z.object({
  HOST: z.string().min(1).default('127.0.0.1').describe('a host name or IP address to listen on'),
  PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .default(8787)
    .describe('an integer port from 0 to 65535 (0 picks a free port)'),
  PARALLAX_DB: z
    .string()
    .min(1)
    .default('var/parallax.db')
    .describe('a path to the SQLite database file'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/)
    .optional()
    .describe('a PostgreSQL connection URL such as postgres://user@host:5432/parallax'),
  LOG_LEVEL: z
    .enum(LOG_LEVELS)
    .default('info')
    .describe(`one of ${LOG_LEVELS.join(', ')}`),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(300)
    .describe('a positive integer (requests per minute per IP address)'),
  PARALLAX_EXTENSION_IDS: z
    .string()
    .optional()
    .describe('comma-separated extension ids (Chrome: 32 letters a-p; Firefox/Safari: a UUID)'),
  PARALLAX_ROLE: z
    .enum(SERVE_ROLES)
    .default('all')
    .describe(`one of ${SERVE_ROLES.join(', ')}`),
  PARALLAX_WRITER_POLL_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .default(2_000)
    .describe('an integer number of milliseconds from 100 to 600000'),
  PARALLAX_INGEST: z
    .enum(['on', 'off'])
    .default('on')
    .describe('on or off (whether `parallax serve` polls the feeds)'),
  PARALLAX_FETCH_ALLOW_HOSTS: z
    .string()
    .optional()
    .describe('comma-separated host names the fetch guard allows (tests only)'),
  PARALLAX_FEEDS_FILE: z
    .string()
    .optional()
    .describe("a path to a JSON file of feeds to poll instead of the catalog's"),
  PARALLAX_FETCH_ARTICLES: z
    .enum(['on', 'off'])
    .default('off')
    .describe(
      'on or off (whether ingestion fetches article pages for items without a description)',
    ),
});
type EnvKey = keyof typeof Env.shape;

/**
 * Reads the configuration once, at start. Throws a ConfigError naming the variable, its bad
 * value and what was expected: the CLI prints that and exits, so no request ever runs with a
 * half-valid configuration.
 */
export function parseConfig(
  env: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): Config {
  const input: Record<string, string> = {};
  for (const key of Object.keys(Env.shape) as EnvKey[]) {
    const value = env[key]?.trim();
    if (value) input[key] = value;
  }
  const result = Env.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = String(issue?.path[0] ?? 'environment') as EnvKey;
    const expected = Env.shape[key]?.description ?? issue?.message ?? 'a valid value';
    throw new ConfigError(
      key,
      `Invalid configuration: ${key} is "${input[key] ?? ''}", expected ${expected}. ` +
        `Fix or unset ${key} and try again.`,
    );
  }
  const values = result.data;
  const sqlitePath = path.resolve(cwd, values.PARALLAX_DB);
  if (!values.DATABASE_URL && input.PARALLAX_DB) checkDatabasePath(input.PARALLAX_DB, sqlitePath);
  return {
    host: values.HOST,
    port: values.PORT,
    // DATABASE_URL wins: setting it is the explicit choice of PostgreSQL.
    database: values.DATABASE_URL
      ? { kind: 'postgres', url: values.DATABASE_URL }
      : { kind: 'sqlite', path: sqlitePath },
    logLevel: values.LOG_LEVEL,
    rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE,
    extensionIds: parseExtensionIds(values.PARALLAX_EXTENSION_IDS),
    role: values.PARALLAX_ROLE,
    writerPollMs: values.PARALLAX_WRITER_POLL_MS,
    ingest: {
      enabled: values.PARALLAX_INGEST === 'on',
      allowHosts: (values.PARALLAX_FETCH_ALLOW_HOSTS ?? '')
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
      feedsFile: values.PARALLAX_FEEDS_FILE ? path.resolve(cwd, values.PARALLAX_FEEDS_FILE) : null,
      fetchArticles: values.PARALLAX_FETCH_ARTICLES === 'on',
    },
  };
}

/**
 * The rule for a PARALLAX_DB that was set: its folder must already exist, and the path must not
 * be a folder. A mistyped path (\`var/paralax/db\`) then stops start-up instead of quietly creating
 * folders and an empty database there. Only the default, var/parallax.db, has its folder created
 * (by the store), so a fresh clone works at once.
 */
function checkDatabasePath(given: string, file: string): void {
  const folder = path.dirname(file);
  if (!isDirectory(folder)) {
    throw new ConfigError(
      'PARALLAX_DB',
      `Invalid configuration: PARALLAX_DB is "${given}", but the folder ${folder} does not exist. ` +
        'Create it first (Parallax creates only the default var/), or fix PARALLAX_DB.',
    );
  }
  if (isDirectory(file)) {
    throw new ConfigError(
      'PARALLAX_DB',
      `Invalid configuration: PARALLAX_DB is "${given}", which is a folder; expected ${Env.shape.PARALLAX_DB.description}, e.g. ${path.join(given, 'parallax.db')}.`,
    );
  }
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** How the database is named to a person: the SQLite path, or PostgreSQL without credentials. */
export function describeDatabase(database: DatabaseConfig, cwd = process.cwd()): string {
  if (database.kind === 'postgres') return 'postgres';
  const relative = path.relative(cwd, database.path);
  return `sqlite: ${relative.startsWith('..') || path.isAbsolute(relative) ? database.path : relative}`;
}
