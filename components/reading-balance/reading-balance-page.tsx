import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  BALANCE_PERIODS,
  type BalancePeriod,
  balanceOf,
  outletsReadMost,
  READ_AFTER_MS,
  type ReadEntry,
  readsToCsv,
  storiesReadFromOneSide,
} from '../../core/reading-balance';
import { BiasChip } from '../shared/bias-chip';
import { longDate } from '../shared/time-ago';
import { BalanceChart } from './balance-chart';

/** What the page needs: the local record and the pause switch (utils/reading-balance/). */
export interface ReadingBalanceClient {
  listReads(): Promise<ReadEntry[]>;
  deleteRead(id: string): Promise<void>;
  clearReads(): Promise<void>;
  isPaused(): Promise<boolean>;
  setPaused(paused: boolean): Promise<void>;
  /** Saves a file on the reader's own machine (a download, nothing sent). */
  download(name: string, type: string, text: string): void;
  storyUrl(storyId: string): string;
}

const PERIOD_NAMES: Record<BalancePeriod, string> = {
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  all: 'All time',
};

export function ReadingBalancePage({
  client,
  now = Date.now(),
}: {
  client: ReadingBalanceClient;
  now?: number;
}) {
  const [reads, setReads] = useState<ReadEntry[] | null>(null);
  const [paused, setPausedState] = useState(false);
  const [period, setPeriod] = useState<BalancePeriod>('30d');
  const [failure, setFailure] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const [list, isPaused] = await Promise.all([client.listReads(), client.isPaused()]);
      setReads(list);
      setPausedState(isPaused);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }, [client]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const balance = reads ? balanceOf(reads, period, now) : null;
  return (
    <main class="balance-page" data-testid="reading-balance">
      <header>
        <p class="eyebrow">Parallax</p>
        <h1>My reading balance</h1>
        <p class="meta">
          Kept only in this browser, never sent anywhere. An article counts as read when a rated
          outlet's article stays in front of you for {READ_AFTER_MS / 1000} seconds in all, once a
          day per article; Parallax stores the outlet, its leaning, the story and the time, not the
          address.
        </p>
      </header>
      {failure && (
        <p class="state state--problem" data-testid="balance-error">
          Parallax could not read the record: {failure}
        </p>
      )}
      {reads === null && !failure && (
        // A status, so that a screen reader hears why the page is still empty.
        <p class="meta" role="status" data-testid="balance-loading">
          Loading your reading record…
        </p>
      )}
      {paused && (
        <p class="note note--warn" data-testid="balance-paused">
          Recording is paused: nothing you read is added until you resume.
        </p>
      )}
      {reads && reads.length === 0 && (
        <section class="card" data-testid="balance-empty">
          <h2 class="card__title">Nothing recorded yet</h2>
          <p class="meta">
            Read an article on a rated outlet and it appears here, by its outlet's leaning.
          </p>
        </section>
      )}
      {reads && reads.length > 0 && balance && (
        <>
          <section class="card" aria-labelledby="balance-title">
            <div class="story-card__top">
              <h2 id="balance-title" class="card__title">
                By leaning
              </h2>
              <fieldset class="filters">
                <legend class="visually-hidden">Period</legend>
                {BALANCE_PERIODS.map((p) => (
                  <button
                    key={p}
                    type="button"
                    class="filters__button"
                    aria-pressed={period === p}
                    data-testid={`period-${p}`}
                    onClick={() => setPeriod(p)}
                  >
                    {PERIOD_NAMES[p]}
                  </button>
                ))}
              </fieldset>
            </div>
            <p class="meta" data-testid="balance-summary">
              {balance.total} {balance.total === 1 ? 'article' : 'articles'}: left{' '}
              {balance.threeWay.left}, center {balance.threeWay.center}, right{' '}
              {balance.threeWay.right}
            </p>
            <BalanceChart
              balance={balance}
              caption={`Articles read by leaning, ${PERIOD_NAMES[period].toLowerCase()}`}
            />
          </section>
          <section class="card" aria-labelledby="outlets-title">
            <h2 id="outlets-title" class="card__title">
              Outlets you read most
            </h2>
            <ol class="balance-outlets" data-testid="balance-outlets">
              {outletsReadMost(reads).map((row) => (
                <li key={row.sourceId}>
                  {row.outlet} <BiasChip position={row.position} />{' '}
                  <span class="muted">
                    {row.reads} {row.reads === 1 ? 'article' : 'articles'}
                  </span>
                </li>
              ))}
            </ol>
          </section>
          <OneSided reads={reads} storyUrl={client.storyUrl} />
          <section class="card" aria-labelledby="reads-title">
            <h2 id="reads-title" class="card__title">
              Everything recorded
            </h2>
            <ul class="balance-reads" data-testid="balance-reads">
              {reads.map((entry) => (
                <li key={entry.id} data-testid="balance-read">
                  <span>
                    <strong>{entry.outlet}</strong> <BiasChip position={entry.position} />{' '}
                    {entry.storyId ? (
                      <a href={client.storyUrl(entry.storyId)}>{entry.storyTitle ?? 'The story'}</a>
                    ) : (
                      <span class="muted">no story found</span>
                    )}{' '}
                    <span class="muted">{longDate(new Date(entry.readAt).toISOString())}</span>
                  </span>
                  <button
                    type="button"
                    class="button button--small"
                    aria-label={`Delete the ${entry.outlet} read of ${longDate(new Date(entry.readAt).toISOString())}`}
                    onClick={async () => {
                      await client.deleteRead(entry.id);
                      await reload();
                    }}
                  >
                    Delete
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
      <section class="card balance-actions" aria-label="Your record">
        <button
          type="button"
          class="button"
          data-testid="balance-pause"
          onClick={async () => {
            await client.setPaused(!paused);
            await reload();
          }}
        >
          {paused ? 'Resume recording' : 'Pause recording'}
        </button>
        <button
          type="button"
          class="button"
          data-testid="export-json"
          disabled={!reads?.length}
          onClick={() =>
            client.download(
              'parallax-reading.json',
              'application/json',
              JSON.stringify(reads, null, 2),
            )
          }
        >
          Export JSON
        </button>
        <button
          type="button"
          class="button"
          data-testid="export-csv"
          disabled={!reads?.length}
          onClick={() =>
            client.download('parallax-reading.csv', 'text/csv', readsToCsv(reads ?? []))
          }
        >
          Export CSV
        </button>
        <button
          type="button"
          class="button"
          data-testid="balance-clear"
          disabled={!reads?.length}
          onClick={async () => {
            await client.clearReads();
            await reload();
          }}
        >
          Clear everything
        </button>
      </section>
    </main>
  );
}

const SIDE_WORDS = { left: 'the left', center: 'the center', right: 'the right' } as const;

/** The stories read from one side only while others covered them, with links to the rest. */
function OneSided({
  reads,
  storyUrl,
}: {
  reads: readonly ReadEntry[];
  storyUrl: (storyId: string) => string;
}) {
  const stories = storiesReadFromOneSide(reads);
  if (stories.length === 0) return null;
  return (
    <section class="card" aria-labelledby="one-sided-title">
      <h2 id="one-sided-title" class="card__title">
        Stories you read from one side
      </h2>
      <ul class="balance-outlets" data-testid="balance-one-sided">
        {stories.map((story) => (
          <li key={story.storyId}>
            <a href={storyUrl(story.storyId)}>{story.storyTitle ?? 'The story'}</a>{' '}
            <span class="muted">
              you read {SIDE_WORDS[story.read]}; not{' '}
              {story.notRead.map((side) => SIDE_WORDS[side]).join(' or ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
