import { type BiasPosition, biasName } from '../../core/bias';

/** An outlet's combined position as a small chip: a coloured dot and the scale's own word. */
export function BiasChip({ position }: { position: BiasPosition | null }) {
  return (
    <span class="chip" data-testid="bias-chip">
      <span
        class="chip__dot"
        aria-hidden="true"
        style={{
          background: position === null ? 'var(--side-unrated)' : `var(--bias-${position + 3})`,
        }}
      />
      {position === null ? 'Not rated' : biasName(position)}
    </span>
  );
}
