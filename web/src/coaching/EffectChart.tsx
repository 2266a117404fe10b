import { Sparkline } from '../performance/Sparkline.js';

const WIDTH = 240;
const LINE_HEIGHT = 56;
const AXIS = 16;
/** Sparkline's own inner padding, so the marker lands on its points. */
const PAD = 2;

/**
 * The measure week by week around the coaching week: the line is the Sparkline's (drawn inside this
 * SVG), with the coaching week marked and the weeks after it shaded. `values` run from week −N+1
 * (oldest) through 0 (the week that set the rule off) to +N; `before` is N.
 */
export function EffectChart({
  values,
  before,
  label,
}: {
  values: readonly (number | null)[];
  before: number;
  label: string;
}) {
  if (!values.some((v) => v !== null)) return <p className="muted">No weekly figures to draw yet.</p>;
  // Room for every week after, even those still to come, so charts of one panel line up.
  const slots = Math.max(values.length, before * 2);
  const series = [...values, ...Array<null>(slots - values.length).fill(null)];
  const step = (WIDTH - 2 * PAD) / Math.max(1, slots - 1);
  const x = (i: number) => PAD + i * step;
  const coached = x(before - 1);
  return (
    <svg
      className="effect-chart"
      width={WIDTH}
      height={LINE_HEIGHT + AXIS}
      viewBox={`0 0 ${WIDTH} ${LINE_HEIGHT + AXIS}`}
      role="img"
      aria-label={label}
    >
      <rect className="effect-after" x={coached} y={0} width={WIDTH - coached} height={LINE_HEIGHT} />
      <line className="effect-mark" x1={coached} x2={coached} y1={0} y2={LINE_HEIGHT} />
      <Sparkline values={series} label={label} width={WIDTH} height={LINE_HEIGHT} />
      {before > 1 ? (
        <text className="effect-axis" x={0} y={LINE_HEIGHT + AXIS - 3} textAnchor="start">
          {`−${before - 1} wk`}
        </text>
      ) : null}
      <text className="effect-axis" x={coached} y={LINE_HEIGHT + AXIS - 3} textAnchor="middle">
        coached
      </text>
      <text className="effect-axis" x={WIDTH} y={LINE_HEIGHT + AXIS - 3} textAnchor="end">
        {`+${slots - before} wk`}
      </text>
    </svg>
  );
}
