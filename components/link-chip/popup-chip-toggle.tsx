import { useEffect, useState } from 'preact/hooks';
import { siteOf } from '../../core/link-chips/adapters';
import { SITES } from '../../core/link-chips/site-adapter';
import { ChipAccessExplanation, type LinkChipsClient } from '../options/options-link-chips';

/**
 * The popup's "show chips on this site" switch, on a supported search or social site only.
 * The client loads on demand, so the popup's first paint carries none of its code's weight.
 */
export function PopupChipToggle({
  pageUrl,
  loadClient,
}: {
  pageUrl: string | null;
  loadClient: () => Promise<LinkChipsClient>;
}) {
  const site = pageUrl ? siteOf(pageUrl) : null;
  const [client, setClient] = useState<LinkChipsClient | null>(null);
  const [on, setOn] = useState<boolean | null>(null);
  const [explaining, setExplaining] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    if (!site) return;
    let stop = () => {};
    void loadClient().then(async (loaded) => {
      setClient(loaded);
      setOn((await loaded.loadChipSites()).includes(site));
      stop = loaded.onChipSitesChanged((sites) => setOn(sites.includes(site)));
    });
    return () => stop();
  }, [site, loadClient]);

  if (!site || !client || on === null) return null;
  const name = SITES[site].name;

  const onContinue = () => {
    // No await before this call: the browser's prompt must come from the click itself.
    const asked = client.requestChipSiteAccess(site);
    setExplaining(false);
    void asked.then(async (granted) => {
      if (!granted) {
        setNote(`Your browser did not allow Parallax on ${name}: chips stay off.`);
        return;
      }
      await client.saveChipSite(site, true);
      setNote('Chips are on. Reload the page to see them.');
    });
  };

  return (
    <section class="card" data-testid="popup-chip-toggle" data-on={on ? 'true' : 'false'}>
      <p>
        <strong>Bias chips on {name}:</strong> {on ? 'on' : 'off'}
      </p>
      {on ? (
        <button type="button" class="button" onClick={() => void client.saveChipSite(site, false)}>
          Turn off on this site
        </button>
      ) : explaining ? (
        <ChipAccessExplanation
          site={site}
          onContinue={onContinue}
          onCancel={() => setExplaining(false)}
        />
      ) : (
        <button
          type="button"
          class="button"
          data-testid="popup-chip-turn-on"
          onClick={() => setExplaining(true)}
        >
          Show chips on this site…
        </button>
      )}
      {note && (
        <p class="meta" role="status">
          {note}
        </p>
      )}
    </section>
  );
}
