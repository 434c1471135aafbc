import { useState } from 'preact/hooks';
import { type DisplayClient, DisplayOptions } from './options-badge-theme';
import { type DataClient, DataOptions } from './options-data';
import { type OptionsClient, OptionsForm } from './options-form';

export type OptionsPageClient = OptionsClient & DisplayClient & DataClient;

/** The whole Options page: backend and lookups, display, data and licences. */
export function OptionsPage({ client }: { client: OptionsPageClient }) {
  // Bumped on each save, so that the data sources show the backend just saved.
  const [saves, setSaves] = useState(0);
  return (
    <main class="options-page">
      <OptionsForm client={client} onSaved={() => setSaves((n) => n + 1)} />
      <DisplayOptions client={client} />
      <DataOptions client={client} revision={saves} />
    </main>
  );
}
