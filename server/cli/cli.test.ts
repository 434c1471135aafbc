import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../store/migrations';
import { FIXTURES } from '../testing/test-store';

const BIN = path.resolve(import.meta.dirname, '../../bin/parallax.js');
const START = path.resolve(import.meta.dirname, '../../scripts/start.mjs');
const folder = mkdtempSync(path.join(tmpdir(), 'parallax-cli-'));
const run = promisify(execFile);

/** Runs `parallax …` as a person would, on SQLite in a temp folder. */
async function parallax(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, PARALLAX_DB: path.join(folder, 'cli.db'), DATABASE_URL: '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

afterAll(() => rmSync(folder, { recursive: true, force: true }));

// Each case starts a real process through tsx: slower than in-process tests, so more time.
describe('parallax CLI', { timeout: 60_000 }, () => {
  it('migrates, then finds nothing left to do', async () => {
    const names = Object.keys(MIGRATIONS);
    expect((await parallax(['migrate'])).stdout).toContain(
      `Applied ${names.length} migration(s): ${names.join(', ')}`,
    );
    expect((await parallax(['migrate'])).stdout).toContain('Database is up to date');
  });

  it('imports a file and prints the summary', async () => {
    const { code, stdout } = await parallax([
      'import',
      path.join(FIXTURES, 'with-bad-lines.jsonl'),
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/lines read: +10 \(1 blank\)/);
    expect(stdout).toContain('2 × not valid JSON (line 2, 10)');
  });

  it('backfills wire copy over the stored articles, then finds nothing new', async () => {
    const first = await parallax(['wires', 'backfill', '--days', '36500']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/articles read: +\d+/);
    const second = await parallax(['wires', 'backfill']);
    expect(second.stdout).toMatch(/wire by a marker: +0\n/);
    expect(second.stdout).toMatch(/marked as copies: +0\n/);
  });

  it.each([
    [['wires', 'backfill', '--days', 'week'], {}, '--days "week" is not a positive number'],
    [['serve'], { PORT: 'eighty' }, 'PORT is "eighty", expected an integer port'],
    [['import', '/no/such.jsonl'], {}, 'Cannot read /no/such.jsonl: no such file'],
    [
      ['migrate'],
      { DATABASE_URL: 'postgres://postgres:hunter2@127.0.0.1:1/x' },
      'Cannot reach PostgreSQL at postgres://postgres:***@127.0.0.1:1/x',
    ],
  ])('%j fails with a message and no stack trace', async (args, env, message) => {
    const { code, stderr } = await parallax(args, env);
    expect(code).toBe(1);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).not.toContain('hunter2');
  });

  it('exits 1 when every line of the file was rejected', async () => {
    const file = path.join(folder, 'all-bad.jsonl');
    writeFileSync(file, '{not json\n{"id": 1}\n');
    const { code, stdout, stderr } = await parallax(['import', file]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/lines read: +2/);
    expect(stderr).toContain('nothing was imported: every line was rejected');
  });

  it('says the port is in use, without a stack trace, and how to choose another', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const { code, stderr } = await parallax(['serve', '--port', String(port)], {
        PARALLAX_INGEST: 'off',
      });
      expect(code).toBe(1);
      expect(stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(stderr).toContain('parallax serve --port');
      expect(stderr).not.toContain('unexpected error');
      expect(stderr).not.toMatch(/\n\s+at /);
      // `npm start` says so before building the extension, not a minute later.
      const start = await run(process.execPath, [START], {
        env: { ...process.env, PORT: String(port) },
      }).catch((error: { code: number; stdout: string; stderr: string }) => error);
      expect(start).toMatchObject({ code: 1, stdout: '' });
      expect(start.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      taken.close();
    }
  });

  it('refuses a numeric option given something else, saying what was typed', async () => {
    // Number('abc') is NaN: before, the check downstream printed "not NaN", not the typed text.
    const file = path.join(folder, 'none.jsonl');
    for (const flag of ['--spread-days', '--shuffle', '--multi-day']) {
      const { code, stderr } = await parallax(['eval', 'clusters', file, flag, 'abc']);
      expect(code).toBe(1);
      expect(stderr).toContain(`option '${flag}`);
      expect(stderr).toContain('Expected a number, got "abc".');
      expect(stderr).not.toContain('NaN');
    }
  });

  it('lists the fetch variables and the nested commands in --help, PORT and HOST in serve --help', async () => {
    const top = (await parallax(['--help'])).stdout;
    for (const text of [
      'PARALLAX_FETCH_ARTICLES',
      'PARALLAX_FETCH_ALLOW_HOSTS',
      'parallax eval clusters',
      'parallax wires backfill',
      'parallax sources import',
    ]) {
      expect(top).toContain(text);
    }
    const serve = (await parallax(['serve', '--help'])).stdout;
    expect(serve).toContain('--port <port>');
    expect(serve).toContain('--host <host>');
    expect(serve).toMatch(/PORT[\s\S]*HOST/);
  });

  it('shuts down once on two SIGINTs (Ctrl-C, and npm start passing it on), leaving no WAL', async () => {
    const db = path.join(folder, 'sigint.db');
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
      env: {
        ...process.env,
        PARALLAX_DB: db,
        DATABASE_URL: '',
        PARALLAX_INGEST: 'off',
        LOG_LEVEL: 'silent',
      },
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('listening on')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`serve exited early with ${code}`)));
    });
    const exited = new Promise<[number | null, string | null]>((resolve) =>
      child.once('exit', (code, signal) => resolve([code, signal])),
    );
    child.kill('SIGINT');
    child.kill('SIGINT');
    expect(await exited).toEqual([0, null]);
    expect(existsSync(`${db}-wal`)).toBe(false);
  });

  it('serves until SIGTERM, then exits cleanly', async () => {
    const child: ChildProcess = spawn(process.execPath, [BIN, 'serve'], {
      env: {
        ...process.env,
        PARALLAX_DB: path.join(folder, 'serve.db'),
        DATABASE_URL: '',
        PORT: '0',
        LOG_LEVEL: 'silent',
      },
    });
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(out.trim());
      });
      child.once('exit', (code) => reject(new Error(`serve exited early with ${code}`)));
    });
    expect(line).toMatch(
      /^Parallax backend listening on http:\/\/127\.0\.0\.1:\d+ \(sqlite: .*serve\.db\)$/,
    );
    const url = line.match(/http:\/\/\S+/)?.[0];
    const health = await fetch(`${url}/healthz`);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
