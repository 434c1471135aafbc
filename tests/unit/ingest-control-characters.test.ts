import { expect, it } from 'vitest';
import { formatFeedsTable, formatIngestSummary } from '../../server/cli/ingest-commands';
import { printable } from '../../server/ingest/printable';
import { emptyHealth } from '../../server/store/feed-health';
import { loopbackServer } from '../../server/testing/loopback-server';
import { describeEachBackend } from '../../server/testing/test-databases';
import { loopbackIngester } from '../../server/testing/test-ingester';
import { testStores } from '../../server/testing/test-stores';

/**
 * A feed server's reason phrase is the server's text: one with terminal escapes (clear the
 * screen, recolour, move the cursor) was printed raw by `parallax ingest` and `parallax feeds`.
 */
const HOSTILE_REASON = '\u001b[2J\u001b[31mPWNED\u001b]0;title\u0007gone\u202e';
// biome-ignore lint/suspicious/noControlCharactersInRegex: asserting control characters are gone
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/;

const server = loopbackServer((req) => {
  // Node's own server refuses to send such a reason phrase: written raw, as a hostile one would.
  req.socket.end(
    `HTTP/1.1 500 ${HOSTILE_REASON}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
  );
});

describeEachBackend('control characters from feed servers', (_kind, createDatabase) => {
  const openStore = testStores(createDatabase);

  it('never reach the terminal through `parallax ingest` or `parallax feeds`', async () => {
    const store = await openStore();
    const summary = await loopbackIngester(store).runPass([
      { url: `${server.base}/feed.xml`, sourceId: null },
    ]);
    expect(summary.failed).toBe(1);
    expect(summary.feeds[0]?.error).toMatch(/^HTTP 500 .*PWNED/);
    const printed = formatIngestSummary(summary);
    expect(printed).toContain('PWNED');
    expect(printed.replaceAll('\n', '')).not.toMatch(CONTROL);
    const rows = await store.store.feedHealth.list();
    expect(rows[0]?.lastError).not.toMatch(CONTROL);
    expect(formatFeedsTable(rows, Date.now()).replaceAll('\n', '')).not.toMatch(CONTROL);
  });
});

it('`parallax feeds` prints an error stored raw (before the fix) without its escapes', () => {
  const row = {
    ...emptyHealth('https://example.org/feed.xml', null),
    consecutiveFailures: 1,
    lastError: `HTTP 500 ${HOSTILE_REASON}`,
    lastErrorAt: new Date().toISOString(),
  };
  expect(formatFeedsTable([row], Date.now()).replaceAll('\n', '')).not.toMatch(CONTROL);
  expect(printable('a\u001b[1mb\u0000c')).toBe('ab c');
});
