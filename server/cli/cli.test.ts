import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../store/migrations';
import { FIXTURES } from '../testing/test-store';

const BIN = path.resolve(import.meta.dirname, '../../bin/parallax.js');
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
