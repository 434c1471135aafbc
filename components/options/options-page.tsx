import { useState } from 'preact/hooks';
import { type DisplayClient, DisplayOptions } from './options-badge-theme';
import { type DataClient, DataOptions } from './options-data';
import { type OptionsClient, OptionsForm } from './options-form';
import { type LinkChipsClient, LinkChipsOptions } from './options-link-chips';

export type OptionsPageClient = OptionsClient & DisplayClient & DataClient & LinkChipsClient;

/** The whole Options page: backend and lookups, display, data and licences. */
export function OptionsPage({ client }: { client: OptionsPageClient }) {
  // Bumped on each save, so that the data sources show the backend just saved.
  const [saves, setSaves] = useState(0);
  return (
    <main class="options-page">
      <OptionsForm client={client} onSaved={() => setSaves((n) => n + 1)} />
      <DisplayOptions client={client} />
      <LinkChipsOptions client={client} />
      <DataOptions client={client} revision={saves} />
      <section class="card" aria-labelledby="reading-balance-title">
        <h2 id="reading-balance-title" class="card__title">
          My reading balance
        </h2>
        <p class="meta">
          Which leanings you read, kept only in this browser: see it, pause it, export or clear it
          on its own page.
        </p>
        <a href="/reading-balance.html" data-testid="options-reading-balance-link">
          Open my reading balance
        </a>
      </section>
    </main>
  );
}
