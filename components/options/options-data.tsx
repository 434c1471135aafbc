import { useState } from 'preact/hooks';
import { DataSources, type DataSourcesClient } from './options-data-sources';

export interface DataClient extends DataSourcesClient {
  clearCache(): Promise<{ lookups: number; tabs: number }>;
}

/** Clear cached data, and the data sources with their licences. */
export function DataOptions({ client, revision }: { client: DataClient; revision?: number }) {
  const [status, setStatus] = useState('');
  const onClear = async () => {
    try {
      const { lookups, tabs } = await client.clearCache();
      setStatus(
        `Cleared ${lookups} cached ${lookups === 1 ? 'answer' : 'answers'} and the state of ${tabs} ${tabs === 1 ? 'tab' : 'tabs'}. Settings are kept.`,
      );
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <>
      <section class="options__section" aria-labelledby="data-title">
        <h2 id="data-title" class="options__heading">
          Your data
        </h2>
        <p class="meta">
          Parallax keeps the backend's answers for 10 minutes so that reopening an article is
          instant. Nothing you read is uploaded; clearing removes those answers from this browser.
        </p>
        <div class="options__actions">
          <button type="button" class="button" data-testid="clear-cache" onClick={onClear}>
            Clear cached data
          </button>
        </div>
        <p class="options__status" role="status" data-testid="clear-status">
          {status}
        </p>
      </section>
      <DataSources client={client} revision={revision} />
    </>
  );
}
