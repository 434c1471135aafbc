import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';
import { ConfigError } from './errors';

describe('parseConfig', () => {
  it('has defaults for everything', () => {
    expect(parseConfig({}, '/srv/parallax')).toEqual({
      host: '127.0.0.1',
      port: 8787,
      database: { kind: 'sqlite', path: path.resolve('/srv/parallax/var/parallax.db') },
      logLevel: 'info',
      rateLimitPerMinute: 300,
      extensionIds: [],
      role: 'all',
      writerPollMs: 2000,
      ingest: { enabled: true, allowHosts: [], feedsFile: null, fetchArticles: false },
    });
  });

  it('reads every variable; DATABASE_URL selects PostgreSQL over PARALLAX_DB', () => {
    const config = parseConfig({
      HOST: '0.0.0.0',
      PORT: '0',
      PARALLAX_DB: 'ignored.db',
      DATABASE_URL: 'postgres://u@db:5432/parallax',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '60',
      PARALLAX_INGEST: 'off',
      PARALLAX_FETCH_ALLOW_HOSTS: '127.0.0.1, LocalHost',
      PARALLAX_FEEDS_FILE: '/tmp/feeds.json',
      PARALLAX_FETCH_ARTICLES: 'on',
      PARALLAX_EXTENSION_IDS: 'ABCDEFGHIJKLMNOPABCDEFGHIJKLMNOP',
      PARALLAX_ROLE: 'worker',
      PARALLAX_WRITER_POLL_MS: '500',
    });
    expect(config).toEqual({
      host: '0.0.0.0',
      port: 0,
      database: { kind: 'postgres', url: 'postgres://u@db:5432/parallax' },
      logLevel: 'warn',
      rateLimitPerMinute: 60,
      extensionIds: ['abcdefghijklmnopabcdefghijklmnop'],
      role: 'worker',
      writerPollMs: 500,
      ingest: {
        enabled: false,
        allowHosts: ['127.0.0.1', 'localhost'],
        feedsFile: '/tmp/feeds.json',
        fetchArticles: true,
      },
    });
  });

  it('refuses a bad PARALLAX_EXTENSION_IDS at start, by name', () => {
    expect(() => parseConfig({ PARALLAX_EXTENSION_IDS: 'my-extension' })).toThrow(
      /PARALLAX_EXTENSION_IDS holds "my-extension", which is not an extension id/,
    );
  });

  it('treats empty values as unset', () => {
    expect(parseConfig({ PORT: '', LOG_LEVEL: ' ' }).port).toBe(8787);
  });

  it.each([
    ['PORT', 'eighty', 'an integer port from 0 to 65535'],
    ['PORT', '70000', 'an integer port from 0 to 65535'],
    ['PORT', '80.5', 'an integer port from 0 to 65535'],
    ['LOG_LEVEL', 'loud', 'one of fatal, error, warn, info, debug, trace, silent'],
    ['DATABASE_URL', 'mysql://x', 'a PostgreSQL connection URL'],
    ['RATE_LIMIT_PER_MINUTE', '0', 'a positive integer'],
    ['PARALLAX_FETCH_ARTICLES', 'yes', 'on or off'],
    ['PARALLAX_ROLE', 'writer', 'one of api, worker, all'],
    ['PARALLAX_WRITER_POLL_MS', '10', 'milliseconds from 100 to 600000'],
  ])('names %s=%s and what is expected', (variable, value, expected) => {
    let error: unknown;
    try {
      parseConfig({ [variable]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toContain(`${variable} is "${value}"`);
    expect((error as ConfigError).message).toContain(expected);
  });

  it('takes a set PARALLAX_DB only in a folder that exists (only the default var/ is created)', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'parallax-config-'));
    try {
      expect(parseConfig({}, cwd).database).toEqual({
        kind: 'sqlite',
        path: path.join(cwd, 'var/parallax.db'),
      });
      expect(parseConfig({ PARALLAX_DB: 'mine.db' }, cwd).database).toEqual({
        kind: 'sqlite',
        path: path.join(cwd, 'mine.db'),
      });
      expect(() => parseConfig({ PARALLAX_DB: 'vra/parallax.db' }, cwd)).toThrow(
        `the folder ${path.join(cwd, 'vra')} does not exist`,
      );
      expect(() => parseConfig({ PARALLAX_DB: '.' }, cwd)).toThrow('which is a folder');
      // PostgreSQL chosen: PARALLAX_DB is not used, so not checked.
      expect(
        parseConfig({ PARALLAX_DB: 'vra/x.db', DATABASE_URL: 'postgres://h/db' }, cwd).database
          .kind,
      ).toBe('postgres');
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
