import type { ReliabilityReading } from '../../core/reliability-reading';

/**
 * Each rater's reliability reading in one line, "Idiap reliability estimate, 2024 — high",
 * its band's colour in a dot beside the word (the word carries the meaning, the colour only
 * repeats it). Details (the rater's own label, licence, page) sit in the source card's
 * disclosure.
 */
export function ReliabilityList({ readings }: { readings: readonly ReliabilityReading[] }) {
  if (readings.length === 0) return null;
  return (
    <ul class="reliability" data-testid="reliability" aria-label="Reliability">
      {readings.map((reading) => (
        <li key={reading.rater} data-testid="reliability-reading" data-band={reading.band ?? ''}>
          <span
            class={`reliability__dot${reading.band ? ` reliability__dot--${reading.band}` : ''}`}
            aria-hidden="true"
          />
          {reading.raterWords}
          {reading.year && `, ${reading.year}`} — <strong>{reading.verdict}</strong>
        </li>
      ))}
    </ul>
  );
}
