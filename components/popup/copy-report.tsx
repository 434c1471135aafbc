import { useState } from 'preact/hooks';

export interface CopyReportProps {
  /** The prefilled report (utils/popup/site-report.ts). */
  text: string;
  /** Puts text on the clipboard; the popup passes navigator.clipboard's. */
  writeText?: (text: string) => Promise<void>;
}

const clipboardWrite = (text: string) => navigator.clipboard.writeText(text);

/**
 * "Copy a report": the prefilled text goes to the clipboard and nowhere else; the reader sends
 * it where they choose. Where the clipboard refuses, the text is shown selected to copy by hand.
 */
export function CopyReport({ text, writeText = clipboardWrite }: CopyReportProps) {
  const [outcome, setOutcome] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await writeText(text);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  };
  return (
    <div class="copy-report" data-testid="copy-report">
      <button type="button" class="button" data-testid="copy-report-button" onClick={copy}>
        Copy a report
      </button>
      <p class="meta" aria-live="polite" data-testid="copy-report-status">
        {outcome === 'copied'
          ? 'Copied. Paste it into an e-mail or an issue to suggest this outlet; Parallax sent nothing.'
          : outcome === 'failed'
            ? 'The clipboard is not available here: copy the text below by hand.'
            : 'Copies a short report to your clipboard. Nothing is sent.'}
      </p>
      {outcome === 'failed' && (
        <textarea
          class="copy-report__text"
          readOnly
          aria-label="Report text"
          data-testid="copy-report-text"
          ref={(element) => element?.select()}
          value={text}
        />
      )}
    </div>
  );
}
