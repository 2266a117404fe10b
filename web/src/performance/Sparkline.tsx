/**
 * A tiny inline line chart of a series (oldest first; null is a week without data, a gap in the
 * line), with its last point marked. Decorative beside the numbers it sums up, so it carries a text
 * label for screen readers rather than being read point by point.
 */
export function Sparkline({
  values,
  label,
  width = 96,
  height = 24,
  min,
  max,
}: {
  values: readonly (number | null)[];
  label: string;
  width?: number;
  height?: number;
  /** The scale's ends; by default the series' own. */
  min?: number;
  max?: number;
}) {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return <span className="muted">—</span>;
  const low = min ?? Math.min(...known);
  const high = max ?? Math.max(...known);
  const pad = 2;
  const x = (i: number) => pad + (values.length < 2 ? 0 : (i * (width - 2 * pad)) / (values.length - 1));
  const y = (v: number) =>
    high === low ? height / 2 : pad + ((high - v) * (height - 2 * pad)) / (high - low);
  // One path, a new segment (M) after every gap.
  let path = '';
  let drawing = false;
  values.forEach((v, i) => {
    if (v === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    drawing = true;
  });
  const lastIndex = values.length - 1 - [...values].reverse().findIndex((v) => v !== null);
  const last = values[lastIndex] as number;
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      <circle cx={x(lastIndex)} cy={y(last)} r="2.2" fill="currentColor" />
    </svg>
  );
}
