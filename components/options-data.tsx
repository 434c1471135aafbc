import { useState } from 'preact/hooks';

export interface DataClient {
  clearCache(): Promise<{ lookups: number; tabs: number }>;
}

/** Where ratings come from, under which licence: the reader can check every figure's origin. */
export const DATA_SOURCES: { name: string; use: string; licence: string; url: string | null }[] = [
  {
    name: 'AllSides Media Bias Ratings',
    use: 'Bias ratings (Left … Right) of the outlets in the catalog',
    licence: 'CC BY-NC 4.0',
    url: 'https://www.allsides.com/media-bias/ratings',
  },
  {
    name: 'Wikipedia: Reliable sources/Perennial sources',
    use: 'Reliability as judged by Wikipedia editors, where an operator imports it',
    licence: 'CC BY-SA 4.0',
    url: 'https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources',
  },
  {
    name: 'Idiap News Media Reliability',
    use: 'Reliability scores, where an operator imports them',
    licence: 'Not stated in the data; used for research',
    url: 'https://github.com/idiap/News-Media-Reliability',
  },
  {
    name: 'Parallax catalog',
    use: 'Outlets, domains, owners (checked against the cited reference)',
    licence: 'MIT, with this project',
    url: null,
  },
];

/** Clear cached data, and the data sources with their licences. */
export function DataOptions({ client }: { client: DataClient }) {
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
      <section class="options__section" aria-labelledby="sources-title">
        <h2 id="sources-title" class="options__heading">
          Data sources and licences
        </h2>
        <ul class="options__sources" data-testid="data-sources">
          {DATA_SOURCES.map((source) => (
            <li key={source.name}>
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.name}
                </a>
              ) : (
                <strong>{source.name}</strong>
              )}{' '}
              <span class="chip">{source.licence}</span>
              <span class="meta options__choice-help">{source.use}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
