import { useEffect, useRef, useState } from 'preact/hooks';
import { type BadgeSettings, badgeModeOf } from '../../core/settings';
import { BadgeAccessExplanation } from './badge-access-explanation';

/** The host access behind the inline badge; a fake is passed in tests. */
export interface BadgeAccessClient {
  hostAccess(): Promise<boolean>;
  /**
   * The browser's prompt. Called straight from the reader's click, before anything awaited:
   * Firefox accepts the request only while it handles that click.
   */
  requestHostAccess(): Promise<boolean>;
  /** Calls back when the access or the badge setting changes elsewhere (revoked, another tab). */
  onAccessChanged(listener: () => void): () => void;
}

type Note = { tone: 'ok' | 'problem' | 'info'; text: string } | null;

/**
 * Inline badge or click-only: shows the mode in force, and turns the badge on through an
 * explanation first, then the browser's prompt; a refusal or a later revocation leaves
 * Parallax click-only, and says so.
 */
export function BadgeAccess({
  client,
  badge,
  onSave,
  reload,
}: {
  client: BadgeAccessClient;
  badge: BadgeSettings;
  onSave: (next: BadgeSettings) => Promise<void>;
  /** Re-reads the badge setting (the background turns it off when the access goes). */
  reload: () => Promise<void>;
}) {
  const [granted, setGranted] = useState(false);
  const [explaining, setExplaining] = useState(false);
  const [note, setNote] = useState<Note>(null);

  // What the last read said, so that a revocation can be told apart from "never granted".
  const grantedBefore = useRef(false);
  useEffect(() => {
    const read = () =>
      client.hostAccess().then((ok) => {
        if (grantedBefore.current && !ok) {
          setNote({
            tone: 'info',
            text: 'The browser’s access to websites was taken back, so Parallax is click-only again.',
          });
        }
        grantedBefore.current = ok;
        setGranted(ok);
      });
    void read();
    return client.onAccessChanged(() => {
      void read();
      void reload();
    });
  }, [client, reload]);

  const mode = badgeModeOf(badge, granted);

  const onContinue = () => {
    // No await before this call: it must run inside the click (see BadgeAccessClient).
    const asked = client.requestHostAccess();
    setExplaining(false);
    void asked
      .then(async (ok) => {
        grantedBefore.current = ok;
        setGranted(ok);
        if (!ok) {
          setNote({
            tone: 'info',
            text: 'Your browser did not grant the access, so Parallax stays click-only: click its toolbar button on an article to see the outlet and the story.',
          });
          return;
        }
        await onSave({ ...badge, enabled: true });
        setNote({
          tone: 'ok',
          text: 'The badge is on. It shows on articles of the outlets in the index; pages already open show it once reloaded.',
        });
      })
      .catch((error: unknown) =>
        setNote({
          tone: 'problem',
          text: `The browser could not ask for the access: ${error instanceof Error ? error.message : String(error)}`,
        }),
      );
  };

  return (
    <div class="options__badge-mode" data-testid="badge-mode" data-mode={mode}>
      {mode === 'inline' ? (
        <>
          <p>
            <strong>Badge on articles: on.</strong>{' '}
            <span class="meta">
              A small chip in the page’s corner with the outlet’s rating and the story’s coverage,
              on the sites of the outlets in the index.
            </span>
          </p>
          <button
            type="button"
            class="button"
            data-testid="badge-turn-off"
            onClick={() => {
              setNote(null);
              void onSave({ ...badge, enabled: false });
            }}
          >
            Turn the badge off
          </button>
        </>
      ) : (
        <>
          <p>
            <strong>Click-only (the default).</strong>{' '}
            <span class="meta">
              Parallax runs on no page by itself. Click its toolbar button on an article and it
              reads that one page, then shows the outlet and the story.
            </span>
          </p>
          {badge.enabled && !granted && (
            <p class="options__status options__status--problem" data-testid="badge-access-missing">
              The badge is turned on, but the browser no longer grants Parallax access to websites.
            </p>
          )}
          {explaining ? (
            <BadgeAccessExplanation onContinue={onContinue} onCancel={() => setExplaining(false)} />
          ) : (
            <button
              type="button"
              class="button"
              data-testid="badge-turn-on"
              onClick={() => {
                setNote(null);
                setExplaining(true);
              }}
            >
              Show the badge on articles…
            </button>
          )}
        </>
      )}
      {note && (
        <p
          class={`options__status options__status--${note.tone}`}
          role="status"
          data-testid="badge-access-status"
        >
          {note.text}
        </p>
      )}
    </div>
  );
}
