import { useEffect, useState } from 'preact/hooks';
import type { DataSourcesReport, RaterSummary } from '../../core/data-sources-report';
import { licenceUrl } from '../../core/known-raters';
import { longDate } from '../shared/time-ago';

export interface DataSourcesClient {
  loadDataSources(): Promise<DataSourcesReport>;
  /**
   * Calls `listener` when the background stored a new source index (e.g. the one a newly set
   * backend sent, which arrives after the save); returns the function that stops listening.
   */
  onSourceIndexChanged?(listener: () => void): () => void;
}

type Load =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; report: DataSourcesReport };

/**
 * Where every figure comes from: the raters of the source index the extension uses now (bundled,
 * or updated from the backend), each with its licence, attribution, dates and outlet count, and
 * the backend the stories come from. `revision` changes when a setting it shows was saved; the
 * section also reloads by itself when the background announces a newly stored index.
 */
export function DataSources({
  client,
  revision = 0,
}: {
  client: DataSourcesClient;
  revision?: number;
}) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // A new index from the backend arrives after the save that asked for it: reload then too.
  useEffect(() => client.onSourceIndexChanged?.(() => setAttempt((n) => n + 1)), [client]);

  // Reloads when a shown setting was saved (revision), on "Try again" and on a new index (attempt).
  useEffect(() => {
    let live = true;
    setLoad({ state: 'loading' });
    client.loadDataSources().then(
      (report) => live && setLoad({ state: 'ready', report }),
      (error: unknown) =>
        live &&
        setLoad({
          state: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [client, revision, attempt]);

  return (
    <section
      class="options__section"
      aria-labelledby="sources-title"
      data-testid="data-sources-section"
    >
      <h2 id="sources-title" class="options__heading">
        Data sources and licences
      </h2>
      {load.state === 'loading' && (
        <p class="meta" role="status" aria-busy="true" data-testid="data-sources-loading">
          Reading the ratings in use…
        </p>
      )}
      {load.state === 'failed' && (
        <div class="options__problem" role="alert" data-testid="data-sources-error">
          <p>Parallax could not list its data sources: {load.message}</p>
          <button type="button" class="button" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </div>
      )}
      {load.state === 'ready' && <Report report={load.report} />}
    </section>
  );
}

function Report({ report }: { report: DataSourcesReport }) {
  const { index } = report;
  return (
    <>
      <p class="meta" data-testid="index-origin">
        Outlet ratings come from a list inside the extension, so looking one up sends nothing. The
        list{' '}
        {index.origin === 'bundled' ? (
          'came with this version of Parallax'
        ) : (
          <>
            was updated from the backend
            {index.checkedAt !== null && <>, last checked {checkedOn(index.checkedAt)},</>}
          </>
        )}{' '}
        and covers {count(index.outlets, 'outlet')}.
      </p>
      {report.raters.length === 0 ? (
        <p class="meta" data-testid="data-sources-empty">
          No outlet on the list is rated yet. A backend operator adds ratings with{' '}
          <code>parallax sources import</code>.
        </p>
      ) : (
        <ul class="options__sources" data-testid="data-sources">
          {report.raters.map((rater) => (
            <RaterItem key={rater.rater} rater={rater} />
          ))}
        </ul>
      )}
      <div class="options__source" data-testid="catalog-source">
        <p class="options__source-head">
          <strong>Parallax catalog</strong> <span class="chip">MIT</span>
        </p>
        <p class="meta">
          Outlet names, sites and owners, with the date and reference they were checked against;
          facts not yet checked are marked unverified.
          {index.uncurated > 0 &&
            ` ${count(index.uncurated, 'outlet')} on the list are not in the catalog: they come from a rater's data, under the rater's name for them.`}
        </p>
      </div>
      <p class="meta" data-testid="story-backend">
        Stories, coverage and other outlets' articles come from the Parallax backend at{' '}
        <code>{report.backendUrl}</code>.
      </p>
    </>
  );
}

function RaterItem({ rater }: { rater: RaterSummary }) {
  const deed = rater.licence ? licenceUrl(rater.licence) : null;
  return (
    <li class="options__source" data-testid="rater">
      <p class="options__source-head">
        {rater.page ? (
          <a href={rater.page} target="_blank" rel="noopener noreferrer">
            {rater.rater}
          </a>
        ) : (
          <strong>{rater.rater}</strong>
        )}{' '}
        {deed ? (
          <a
            class="chip"
            href={deed}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="licence"
          >
            {rater.licence}
          </a>
        ) : (
          <span class="chip" data-testid="licence">
            {rater.licence ?? 'Licence not stated'}
          </span>
        )}
      </p>
      <p class="meta" data-testid="rater-coverage">
        {whatItRates(rater)} · {whenRated(rater)}
      </p>
      {rater.attributions.map((text) => (
        <p key={text} class="attribution">
          {text}
        </p>
      ))}
    </li>
  );
}

/** "Rates the bias of 231 outlets", "… and the reliability of 40", or just how many. */
export function whatItRates(rater: RaterSummary): string {
  const { biasOutlets: bias, reliabilityOutlets: reliability } = rater;
  if (bias > 0 && reliability > 0) {
    return `Rates the bias of ${bias} and the reliability of ${count(reliability, 'outlet')}`;
  }
  if (bias > 0) return `Rates the bias of ${count(bias, 'outlet')}`;
  if (reliability > 0) return `Rates the reliability of ${count(reliability, 'outlet')}`;
  return `Rates ${count(rater.outlets, 'outlet')}`;
}

/** "rated on 2023-11-15", "rated 2021-03-02 to 2023-11-15", and how many ratings carry no date. */
export function whenRated(rater: RaterSummary): string {
  const undated = rater.undated > 0 ? `${count(rater.undated, 'rating')} undated` : '';
  if (!rater.ratedOn) return undated || 'no rating date';
  const { first, last } = rater.ratedOn;
  const range = first === last ? `rated on ${first}` : `rated ${first} to ${last}`;
  return undated ? `${range}; ${undated}` : range;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}

function checkedOn(millis: number): string {
  return longDate(new Date(millis).toISOString());
}
