import { useCallback, useEffect, useState } from 'preact/hooks';
import { type BadgeSettings, DEFAULT_BADGE_SETTINGS, type Theme } from '../../core/settings';
import { BadgeAccess, type BadgeAccessClient } from './badge-access';

export interface DisplayClient extends BadgeAccessClient {
  loadTheme(): Promise<Theme>;
  saveTheme(theme: Theme): Promise<void>;
  loadBadge(): Promise<BadgeSettings>;
  saveBadge(settings: BadgeSettings): Promise<BadgeSettings>;
}

const THEMES: { theme: Theme; label: string }[] = [
  { theme: 'system', label: 'Same as the system' },
  { theme: 'light', label: 'Light' },
  { theme: 'dark', label: 'Dark' },
];

/** Theme and the inline badge: each change is saved at once. */
export function DisplayOptions({ client }: { client: DisplayClient }) {
  const [theme, setTheme] = useState<Theme>('system');
  const [badge, setBadge] = useState<BadgeSettings>(DEFAULT_BADGE_SETTINGS);
  const [site, setSite] = useState('');

  useEffect(() => {
    void client.loadTheme().then(setTheme);
    void client.loadBadge().then(setBadge);
  }, [client]);

  const saveBadge = async (next: BadgeSettings) => setBadge(await client.saveBadge(next));
  const reloadBadge = useCallback(async () => setBadge(await client.loadBadge()), [client]);
  const addSite = (event: Event) => {
    event.preventDefault();
    if (!site.trim()) return;
    void saveBadge({ ...badge, disabledSites: [...badge.disabledSites, site] });
    setSite('');
  };

  return (
    <section class="options__section" aria-labelledby="display-title">
      <h2 id="display-title" class="options__heading">
        Display
      </h2>
      <fieldset class="options__fieldset">
        <legend class="options__label">Theme</legend>
        {THEMES.map((choice) => (
          <label key={choice.theme} class="options__choice">
            <input
              type="radio"
              name="theme"
              value={choice.theme}
              checked={theme === choice.theme}
              data-testid={`theme-${choice.theme}`}
              onChange={() => {
                setTheme(choice.theme);
                void client.saveTheme(choice.theme);
              }}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </fieldset>
      <BadgeAccess client={client} badge={badge} onSave={saveBadge} reload={reloadBadge} />
      <div class="options__sites">
        <label for="badge-site" class="options__label">
          Sites without the badge
        </label>
        <form class="options__row" onSubmit={addSite}>
          <input
            id="badge-site"
            class="options__input"
            placeholder="e.g. nytimes.com"
            value={site}
            data-testid="badge-site"
            onInput={(event) => setSite(event.currentTarget.value)}
          />
          <button type="submit" class="button" data-testid="badge-site-add">
            Add
          </button>
        </form>
        {badge.disabledSites.length === 0 ? (
          <p class="meta">
            None. You can also turn the badge off for a site from the badge itself.
          </p>
        ) : (
          <ul class="options__list" data-testid="badge-sites">
            {badge.disabledSites.map((host) => (
              <li key={host}>
                {host}{' '}
                <button
                  type="button"
                  class="button button--small"
                  aria-label={`Remove ${host}`}
                  onClick={() =>
                    void saveBadge({
                      ...badge,
                      disabledSites: badge.disabledSites.filter((s) => s !== host),
                    })
                  }
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
