import { Chart, type GoalLine } from '../charts/Chart.js';

/**
 * The measure week by week around the coaching week, the weeks after it shaded. `values` run from week
 * −N+1 (oldest) through 0 (the week that set the rule off) to +N; `before` is N. Every week after has
 * its place, even those still to come, so the charts of one panel line up.
 */
export function EffectChart({
  values,
  before,
  label,
  goal,
  format,
}: {
  values: readonly (number | null)[];
  before: number;
  label: string;
  /** The level the rule asks for, drawn as the goal line. */
  goal?: GoalLine;
  format?: (v: number) => string;
}) {
  if (!values.some((v) => v !== null)) return <p className="muted">No weekly figures to draw yet.</p>;
  const slots = Math.max(values.length, before * 2);
  const labels = Array.from({ length: slots }, (_, i) => {
    const week = i - (before - 1);
    return week === 0 ? 'coached' : week > 0 ? `+${week} wk` : `−${-week} wk`;
  });
  return (
    <Chart
      label={label}
      labels={labels}
      series={[{ label: 'Measure', values: [...values, ...Array<null>(slots - values.length).fill(null)] }]}
      goals={goal ? [goal] : []}
      markFrom={before - 1}
      markLabel="coaching week and after"
      format={format}
      height={160}
    />
  );
}
