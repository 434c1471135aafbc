import { type DisplayClient, DisplayOptions } from './options-badge-theme';
import { type DataClient, DataOptions } from './options-data';
import { type OptionsClient, OptionsForm } from './options-form';

export type OptionsPageClient = OptionsClient & DisplayClient & DataClient;

/** The whole Options page: backend and lookups, display, data and licences. */
export function OptionsPage({ client }: { client: OptionsPageClient }) {
  return (
    <main class="options-page">
      <OptionsForm client={client} />
      <DisplayOptions client={client} />
      <DataOptions client={client} />
    </main>
  );
}
