import { BIAS_POSITIONS, type BiasPosition, biasName } from '../../core/bias';

/** The 7-point scale as seven steps, the outlet's position filled in. */
export function BiasScale({ position }: { position: BiasPosition | null }) {
  const label =
    position === null
      ? 'Not rated on the scale from Far Left to Far Right'
      : `${biasName(position)}, on a scale from Far Left to Far Right`;
  return (
    <div class="bias-scale" role="img" aria-label={label} data-testid="bias-scale">
      {BIAS_POSITIONS.map((step) => (
        <span
          key={step}
          class={`bias-scale__step${step === position ? ' is-active' : ''}`}
          style={{ '--step-color': `var(--bias-${step + 3})` }}
          title={biasName(step)}
        />
      ))}
      <span class="bias-scale__ends" aria-hidden="true">
        <span>Left</span>
        <span>Right</span>
      </span>
    </div>
  );
}
