import pg from 'pg';

/**
 * Maintenance statements on a PostgreSQL server for benchmarks and tests: databases made and
 * dropped for a run, their size, a session ended on purpose. Here because only the store holds
 * database handles (DESIGN.md, "Layout"); nothing in the product calls these.
 */

/** Runs `work` on a short-lived connection to `adminUrl`. */
async function withClient<T>(
  adminUrl: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function assertIdentifier(name: string): void {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) {
    throw new Error(`"${name}" is not a lowercase SQL identifier; use letters, digits and _.`);
  }
}

/** The URL of database `name` on the server of `adminUrl`. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates database `name` unless it exists; says whether it already did. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<boolean> {
  assertIdentifier(name);
  return withClient(adminUrl, async (client) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${name}`);
    return (found.rowCount ?? 0) > 0;
  });
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  assertIdentifier(name);
  await withClient(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  );
}

export async function databaseSizeBytes(adminUrl: string, name: string): Promise<number> {
  return withClient(adminUrl, async (client) => {
    const result = await client.query<{ size: string }>(
      'select pg_database_size($1)::text as size',
      [name],
    );
    return Number(result.rows[0]?.size ?? 0);
  });
}

/** Ends one server session, as an operator's pg_terminate_backend would (fault tests). */
export async function terminateSession(url: string, pid: number): Promise<void> {
  await withClient(url, (client) => client.query('select pg_terminate_backend($1)', [pid]));
}
