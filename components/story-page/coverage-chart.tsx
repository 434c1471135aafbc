import type { Coverage, CoverageBucket } from '../../core/coverage';

type SideKey = 'left' | 'center' | 'right' | 'unrated';
const SIDE_NAMES: Record<SideKey, string> = {
  left: 'Left',
  center: 'Center',
  right: 'Right',
  unrated: 'Not rated',
};

const BUCKETS: { bucket: CoverageBucket; name: string; color: string; side: SideKey }[] = [
  { bucket: 'left', name: 'Left', color: 'var(--bias-1)', side: 'left' },
  { bucket: 'leanLeft', name: 'Lean Left', color: 'var(--bias-2)', side: 'left' },
  { bucket: 'center', name: 'Center', color: 'var(--bias-3)', side: 'center' },
  { bucket: 'leanRight', name: 'Lean Right', color: 'var(--bias-4)', side: 'right' },
  { bucket: 'right', name: 'Right', color: 'var(--bias-5)', side: 'right' },
  { bucket: 'unrated', name: 'Not rated', color: 'var(--side-unrated)', side: 'unrated' },
];

/**
 * Outlets per bucket of the scale, as a small bar chart with the numbers written out. Each
 * row is grouped under its three-way side with that side's total (the coverage bar's number),
 * so "Left 1" above and "Left 0, Lean Left 1" here read as the same count.
 */
export function CoverageChart({ coverage }: { coverage: Coverage }) {
  const most = Math.max(1, ...BUCKETS.map(({ bucket }) => coverage.buckets[bucket]));
  return (
    <table class="chart" data-testid="coverage-chart">
      <caption class="visually-hidden">Outlets covering the story, by bias rating</caption>
      <tbody>
        {BUCKETS.map(({ bucket, name, color, side }, index) => {
          const count = coverage.buckets[bucket];
          const first = BUCKETS.findIndex((b) => b.side === side) === index;
          const span = BUCKETS.filter((b) => b.side === side).length;
          return (
            <tr key={bucket} class={first ? 'chart__first' : undefined}>
              {first && (
                <th
                  scope="rowgroup"
                  rowSpan={span}
                  class="chart__side"
                  data-testid={`chart-side-${side}`}
                >
                  {side === 'unrated' ? '' : `${SIDE_NAMES[side]} ${coverage.threeWay[side]}`}
                </th>
              )}
              <th scope="row" class="chart__name">
                {name}
              </th>
              <td class="chart__cell">
                <span
                  class="chart__bar"
                  style={{ width: `${(count / most) * 100}%`, background: color }}
                />
              </td>
              <td class="chart__count">{count}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
