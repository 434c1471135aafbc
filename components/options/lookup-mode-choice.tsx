import type { LookupMode } from '../../core/settings';

const CHOICES: { mode: LookupMode; label: string; explanation: string }[] = [
  {
    mode: 'private',
    label: 'Private (recommended)',
    explanation:
      'Parallax sends only which of the backend’s many equal ranges a fingerprint of the ' +
      'article’s address falls in. Each range holds dozens of stored articles; the backend ' +
      'answers for all of them and your browser picks its own, so the backend cannot tell ' +
      'which article you are reading.',
  },
  {
    mode: 'full',
    label: 'Full address',
    explanation:
      'Parallax sends the article’s address and headline. A backend can then match articles it ' +
      'has not stored under that exact address, but it sees which article you are reading.',
  },
];

/** The lookup mode, explained plainly: what each choice sends and what the backend learns. */
export function LookupModeChoice({
  mode,
  onChange,
}: {
  mode: LookupMode;
  onChange: (mode: LookupMode) => void;
}) {
  return (
    <fieldset class="options__fieldset">
      <legend class="options__label">How Parallax asks about an article</legend>
      {CHOICES.map((choice) => (
        <label key={choice.mode} class="options__choice">
          <input
            type="radio"
            name="lookup-mode"
            value={choice.mode}
            checked={mode === choice.mode}
            data-testid={`lookup-mode-${choice.mode}`}
            onChange={() => onChange(choice.mode)}
          />
          <span>
            <strong>{choice.label}</strong>
            <span class="meta options__choice-help">{choice.explanation}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
