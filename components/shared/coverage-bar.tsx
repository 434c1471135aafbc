import { type Coverage, type Side, sharePercent, THREE_WAY_SIDES } from '../../core/coverage';

const SIDE_NAMES: Record<Side, string> = { left: 'Left', center: 'Center', right: 'Right' };

/** How the rated outlets covering a story split between left, center and right. */
export function CoverageBar({
  coverage,
  showUnrated = true,
}: {
  coverage: Coverage;
  /** Off where the card already says how many outlets are unrated (compact story card). */
  showUnrated?: boolean;
}) {
  const shares = THREE_WAY_SIDES.map((side) => ({
    side,
    count: coverage.threeWay[side],
    percent: sharePercent(coverage, side),
  }));
  const summary = shares
    .map((s) => `${SIDE_NAMES[s.side]} ${s.percent}% (${s.count} outlets)`)
    .join(', ');
  return (
    <div class="coverage" data-testid="coverage">
      <div class="coverage__bar" role="img" aria-label={`Coverage: ${summary}`}>
        {shares.map((s) =>
          s.percent > 0 ? (
            <span
              key={s.side}
              class={`coverage__segment coverage__segment--${s.side}`}
              style={{ width: `${s.percent}%` }}
            />
          ) : null,
        )}
      </div>
      <ul class="coverage__legend">
        {shares.map((s) => (
          <li key={s.side} data-testid={`coverage-${s.side}`}>
            <span class={`swatch swatch--${s.side}`} aria-hidden="true" />
            {SIDE_NAMES[s.side]} <strong>{s.count}</strong> <span class="muted">{s.percent}%</span>
          </li>
        ))}
      </ul>
      {showUnrated && coverage.threeWay.unrated > 0 && (
        <p class="meta" data-testid="coverage-unrated">
          {coverage.threeWay.unrated} unrated{' '}
          {coverage.threeWay.unrated === 1 ? 'outlet' : 'outlets'} not counted in the split.
        </p>
      )}
    </div>
  );
}
