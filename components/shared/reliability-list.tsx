import type { ReliabilityReading } from '../../core/reliability-reading';

/**
 * Each rater's reliability reading in one line, "Idiap reliability estimate, 2024 — high",
 * its band's colour in a dot beside the word (the word carries the meaning, the colour only
 * repeats it). Details (the rater's own label, licence, page) sit in the source card's
 * disclosure.
 */
export function ReliabilityList({
  readings,
  more = 0,
  label = 'Reliability',
}: {
  readings: readonly ReliabilityReading[];
  /** Readings left out of this list (shown in the details): said as "+1 more rater". */
  more?: number;
  label?: string;
}) {
  if (readings.length === 0) return null;
  const testId = label === 'Reliability' ? 'reliability' : 'reliability-all';
  return (
    <ul class="reliability" data-testid={testId} aria-label={label}>
      {readings.map((reading) => (
        <li key={reading.rater} data-testid="reliability-reading" data-band={reading.band ?? ''}>
          <span
            class={`reliability__dot${reading.band ? ` reliability__dot--${reading.band}` : ''}`}
            aria-hidden="true"
          />
          {reading.raterWords}
          {reading.year && `, ${reading.year}`} — <strong>{reading.verdict}</strong>
          {more > 0 && (
            <span class="muted" data-testid="reliability-more">
              {' '}
              · {more} more {more === 1 ? 'rater' : 'raters'} in details
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
