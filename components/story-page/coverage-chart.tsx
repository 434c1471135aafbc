import type { Coverage, CoverageBucket } from '../../core/coverage';

const BUCKETS: { bucket: CoverageBucket; name: string; color: string }[] = [
  { bucket: 'left', name: 'Left', color: 'var(--bias-1)' },
  { bucket: 'leanLeft', name: 'Lean Left', color: 'var(--bias-2)' },
  { bucket: 'center', name: 'Center', color: 'var(--bias-3)' },
  { bucket: 'leanRight', name: 'Lean Right', color: 'var(--bias-4)' },
  { bucket: 'right', name: 'Right', color: 'var(--bias-5)' },
  { bucket: 'unrated', name: 'Not rated', color: 'var(--side-unrated)' },
];

/** Outlets per bucket of the scale, as a small bar chart with the numbers written out. */
export function CoverageChart({ coverage }: { coverage: Coverage }) {
  const most = Math.max(1, ...BUCKETS.map(({ bucket }) => coverage.buckets[bucket]));
  return (
    <table class="chart" data-testid="coverage-chart">
      <caption class="visually-hidden">Outlets covering the story, by bias rating</caption>
      <tbody>
        {BUCKETS.map(({ bucket, name, color }) => {
          const count = coverage.buckets[bucket];
          return (
            <tr key={bucket}>
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
