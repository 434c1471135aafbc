import { BIAS_POSITIONS, biasName } from '../../core/bias';
import type { Balance } from '../../core/reading-balance';

const BAR_HEIGHT = 18;
const ROW = 26;
const LABEL_WIDTH = 90;
const WIDTH = 360;

/**
 * Reads by leaning, as plain SVG: one bar per point of the scale, each labelled with its count.
 * The SVG is a picture for the eye (aria-hidden); the table under it says the same numbers to
 * everyone, screen readers included.
 */
export function BalanceChart({ balance, caption }: { balance: Balance; caption: string }) {
  const most = Math.max(1, ...BIAS_POSITIONS.map((p) => balance.byPosition[p] ?? 0));
  const barSpace = WIDTH - LABEL_WIDTH - 40;
  return (
    <figure class="balance-chart" data-testid="balance-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${ROW * BIAS_POSITIONS.length}`}
        width={WIDTH}
        class="balance-chart__svg"
        aria-hidden="true"
        focusable="false"
      >
        {BIAS_POSITIONS.map((position, row) => {
          const count = balance.byPosition[position] ?? 0;
          const y = row * ROW;
          const width = (count / most) * barSpace;
          return (
            <g key={position}>
              <text x={0} y={y + BAR_HEIGHT - 4} class="balance-chart__label">
                {biasName(position)}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y}
                width={Math.max(width, count > 0 ? 2 : 0)}
                height={BAR_HEIGHT}
                rx={3}
                style={{ fill: `var(--bias-${position + 3})` }}
              />
              <text x={LABEL_WIDTH + width + 6} y={y + BAR_HEIGHT - 4} class="balance-chart__count">
                {count}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="balance-table" data-testid="balance-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Leaning</th>
            <th scope="col">Articles read</th>
          </tr>
        </thead>
        <tbody>
          {BIAS_POSITIONS.map((position) => (
            <tr key={position}>
              <th scope="row">{biasName(position)}</th>
              <td>{balance.byPosition[position] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
