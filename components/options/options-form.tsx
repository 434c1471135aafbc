import { useEffect, useState } from 'preact/hooks';
import type { BackendTestResult } from '../../core/messages';
import { BackendUrl, type LookupMode } from '../../core/settings';
import { LookupModeChoice } from './lookup-mode-choice';

/** How the options page reaches storage and the background; a fake is passed in tests. */
export interface OptionsClient {
  load(): Promise<string>;
  save(url: string): Promise<{ ok: true; value: string } | { ok: false; error: string }>;
  loadLookupMode(): Promise<LookupMode>;
  saveLookupMode(mode: LookupMode): Promise<void>;
  test(url: string): Promise<BackendTestResult>;
}

type Status = { tone: 'ok' | 'problem' | 'info'; text: string } | null;

/** The backend address: validated as typed, saved, and testable before or after saving. */
export function OptionsForm({ client, onSaved }: { client: OptionsClient; onSaved?: () => void }) {
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [mode, setMode] = useState<LookupMode>('private');

  useEffect(() => {
    void client.load().then(setUrl);
    void client.loadLookupMode().then(setMode);
  }, [client]);

  const validate = (value: string): string | null => {
    const parsed = BackendUrl.safeParse(value);
    return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Invalid address.');
  };

  const onSave = async (event: Event) => {
    event.preventDefault();
    const problem = validate(url);
    setError(problem);
    if (problem) return;
    const result = await client.save(url);
    if (result.ok) {
      await client.saveLookupMode(mode);
      setUrl(result.value);
      setStatus({ tone: 'ok', text: 'Saved. New lookups use this backend.' });
      onSaved?.();
    } else {
      setError(result.error);
    }
  };

  const onTest = async () => {
    const problem = validate(url);
    setError(problem);
    if (problem) return;
    setBusy(true);
    setStatus({ tone: 'info', text: 'Testing the connection…' });
    try {
      const result = await client.test(url);
      setStatus({ tone: result.ok ? 'ok' : 'problem', text: result.message });
    } catch (failure) {
      setStatus({ tone: 'problem', text: failure instanceof Error ? failure.message : 'Failed.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="options" onSubmit={onSave} noValidate>
      <h1 class="options__title">Parallax settings</h1>
      <label for="backend-url" class="options__label">
        Backend address
      </label>
      <p id="backend-url-help" class="meta">
        The Parallax backend this browser asks about stories. Run your own with{' '}
        <code>npm start</code>; the default is http://127.0.0.1:8787.
      </p>
      <input
        id="backend-url"
        class="options__input"
        type="url"
        value={url}
        data-testid="backend-url"
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={error ? 'backend-url-error' : 'backend-url-help'}
        onInput={(event) => {
          setUrl(event.currentTarget.value);
          setError(null);
        }}
      />
      {error && (
        <p id="backend-url-error" class="options__error" data-testid="backend-url-error">
          {error}
        </p>
      )}
      <LookupModeChoice mode={mode} onChange={setMode} />
      <div class="options__actions">
        <button type="submit" class="button button--primary" data-testid="save">
          Save
        </button>
        <button
          type="button"
          class="button"
          data-testid="test-connection"
          onClick={onTest}
          disabled={busy}
        >
          Test connection
        </button>
      </div>
      <p
        class={`options__status options__status--${status?.tone ?? 'info'}`}
        data-testid="options-status"
        role="status"
      >
        {status?.text ?? ''}
      </p>
    </form>
  );
}
