import { useEffect, useState } from 'preact/hooks';
import { SITE_IDS, SITES, type SiteId } from '../../core/link-chips/site-adapter';

/** The per-site switch for link chips and its host access; a fake is passed in tests. */
export interface LinkChipsClient {
  loadChipSites(): Promise<SiteId[]>;
  saveChipSite(site: SiteId, on: boolean): Promise<SiteId[]>;
  /**
   * The browser's prompt for one site's hosts. Called straight from the reader's click, before
   * anything awaited (Firefox accepts a request only while it handles the click).
   */
  requestChipSiteAccess(site: SiteId): Promise<boolean>;
  /** Calls back when the switch changes elsewhere (the popup, another Options tab). */
  onChipSitesChanged(listener: (sites: SiteId[]) => void): () => void;
}

/** Where a site's chips may run, as the browser's prompt will name it. */
export const hostsOf = (site: SiteId) =>
  SITES[site].matches.map((pattern) => pattern.replace(/^\*:\/\/|\/\*$/g, '')).join(', ');

/**
 * "Bias chips on search and social sites": every site off until the reader turns it on; turning
 * one on explains first, then asks the browser for that site's hosts only.
 */
export function LinkChipsOptions({ client }: { client: LinkChipsClient }) {
  const [sites, setSites] = useState<SiteId[]>([]);
  const [explaining, setExplaining] = useState<SiteId | null>(null);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    void client.loadChipSites().then(setSites);
    return client.onChipSitesChanged(setSites);
  }, [client]);

  const turnOn = (site: SiteId) => {
    // No await before this call: it must run inside the click (see LinkChipsClient).
    const asked = client.requestChipSiteAccess(site);
    setExplaining(null);
    void asked.then(async (granted) => {
      if (!granted) {
        setNote(
          `Your browser did not allow Parallax on ${SITES[site].name}, so its chips stay off.`,
        );
        return;
      }
      setSites(await client.saveChipSite(site, true));
      setNote(`Chips are on for ${SITES[site].name}. Pages already open show them once reloaded.`);
    });
  };

  const turnOff = async (site: SiteId) => {
    setSites(await client.saveChipSite(site, false));
    setNote(`Chips are off for ${SITES[site].name} and have been taken off its open pages.`);
  };

  return (
    <section class="card" aria-labelledby="link-chips-title" data-testid="link-chips-options">
      <h2 id="link-chips-title" class="card__title">
        Bias chips on search and social sites
      </h2>
      <p class="meta">
        Beside links to news outlets on the sites you turn on here, a small chip with the outlet’s
        leaning (and reliability, where rated). Off everywhere until you turn a site on.
      </p>
      <ul class="options__explain-list">
        {SITE_IDS.map((site) => {
          const on = sites.includes(site);
          return (
            <li key={site} data-testid={`link-chips-site-${site}`} data-on={on ? 'true' : 'false'}>
              <strong>{SITES[site].name}</strong> <span class="meta">{on ? 'on' : 'off'}</span>{' '}
              {on ? (
                <button type="button" class="button" onClick={() => void turnOff(site)}>
                  Turn off
                </button>
              ) : (
                <button
                  type="button"
                  class="button"
                  data-testid={`link-chips-turn-on-${site}`}
                  onClick={() => {
                    setNote(null);
                    setExplaining(site);
                  }}
                >
                  Turn on…
                </button>
              )}
              {explaining === site && (
                <ChipAccessExplanation
                  site={site}
                  onContinue={() => turnOn(site)}
                  onCancel={() => setExplaining(null)}
                />
              )}
            </li>
          );
        })}
      </ul>
      {note && (
        <p class="options__status" role="status" data-testid="link-chips-note">
          {note}
        </p>
      )}
    </section>
  );
}

/** Read before the browser's prompt: what the access lets Parallax do on this one site. */
export function ChipAccessExplanation({
  site,
  onContinue,
  onCancel,
}: {
  site: SiteId;
  onContinue: () => void;
  onCancel: () => void;
}) {
  return (
    <section
      class="options__explain"
      data-testid="link-chips-explanation"
      aria-label={`Turn on chips for ${SITES[site].name}`}
    >
      <p>
        To put chips beside links on {SITES[site].name}, Parallax needs your browser’s permission to
        run on <strong>{hostsOf(site)}</strong>. Your browser asks next.
      </p>
      <ul class="options__explain-list">
        <li>
          <strong>What it reads:</strong> the addresses of the result and post links on those pages,
          in your browser, to find the outlets among them in Parallax’s own index.
        </li>
        <li>
          <strong>What it sends:</strong> nothing, for the chips. Only when you open a chip’s card
          does Parallax ask its backend for that article’s story, privately (a range of hashes, not
          the address).
        </li>
      </ul>
      <div class="options__actions">
        <button
          type="button"
          class="button button--primary"
          onClick={onContinue}
          data-testid="link-chips-continue"
        >
          Continue
        </button>
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
