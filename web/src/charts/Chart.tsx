import { useEffect, useRef, useState } from 'react';
import type uPlot from 'uplot';
import './charts.css';

export interface ChartSeries {
  label: string;
  /** One value per label; null is a gap (a week without data). */
  values: readonly (number | null)[];
}

export interface GoalLine {
  value: number;
  label: string;
}

export interface ChartProps {
  /** The accessible name: what the chart shows (its values are read out below it on hover or tap). */
  label: string;
  /** One per point, oldest first (week names such as 2026-W48). */
  labels: readonly string[];
  series: readonly ChartSeries[];
  /** Dashed lines across the chart, labelled: the goal to reach. */
  goals?: readonly GoalLine[];
  /** The y axis' ends; by default the values' and goals' own. */
  min?: number;
  max?: number;
  /** Shades the points from this index on and marks it (the weeks after coaching). */
  markFrom?: number;
  markLabel?: string;
  format?: (v: number) => string;
  /** A small chart beside numbers (a table cell): thin axes, no x labels. */
  compact?: boolean;
  height?: number;
}

/** uPlot and its styles load with the first chart on a page, not with the app. */
let library: Promise<typeof uPlot> | null = null;
const loadUplot = () => {
  library ??= import('./uplot-library.js').then((m) => m.default);
  return library;
};

// Six series at most tell apart (the risk ledger's costs); the first three are every other chart's.
const COLORS = ['#1c64c8', '#b3261e', '#2e7d32', '#8e44ad', '#e67e22', '#00838f'];
const GOAL = '#8a6d00';
const MARK = 'rgba(28, 100, 200, 0.08)';
const AXIS_STYLE = {
  stroke: '#555',
  grid: { stroke: '#e4e4e4', width: 1 },
  ticks: { stroke: '#ccc', width: 1 },
};

/** Short week names on the x axis: "W48" for "2026-W48". */
const shortLabel = (label: string) => label.replace(/^\d{4}-/, '');

/**
 * Show every n-th label: as many as fit across a chart `width` pixels wide, each taking about 6.5 px a
 * character of the longest ("Sep 20, 2026") and a gap.
 */
function labelStep(labels: readonly string[], width: number): number {
  const px = 16 + 6.5 * Math.max(0, ...labels.map((l) => shortLabel(l).length));
  return Math.max(1, Math.ceil((labels.length * px) / Math.max(px, width - 90)));
}

function range(props: ChartProps): [number, number] {
  const values = [
    ...props.series.flatMap((s) => s.values),
    ...(props.goals ?? []).map((g) => g.value),
  ].filter((v): v is number => v !== null);
  const low = props.min ?? Math.min(...values);
  const high = props.max ?? Math.max(...values);
  const pad = high === low ? Math.max(1, Math.abs(high) * 0.1) : (high - low) * 0.08;
  // Rates, counts and scores are never negative: a flat line of zeros sits on the axis.
  return [props.min ?? (low >= 0 ? Math.max(0, low - pad) : low - pad), props.max ?? high + pad];
}

/** Goal lines and the marked span, drawn on uPlot's canvas after the series. */
function drawExtras(props: ChartProps) {
  return (u: uPlot) => {
    const { ctx, bbox } = u;
    const ratio = window.devicePixelRatio || 1;
    ctx.save();
    if (props.markFrom !== undefined) {
      const x = u.valToPos(props.markFrom - 0.5, 'x', true);
      ctx.fillStyle = MARK;
      ctx.fillRect(x, bbox.top, bbox.left + bbox.width - x, bbox.height);
      ctx.strokeStyle = COLORS[0] as string;
      ctx.beginPath();
      ctx.moveTo(x, bbox.top);
      ctx.lineTo(x, bbox.top + bbox.height);
      ctx.stroke();
    }
    ctx.strokeStyle = GOAL;
    ctx.fillStyle = GOAL;
    ctx.lineWidth = ratio;
    ctx.setLineDash([4 * ratio, 3 * ratio]);
    ctx.font = `${(props.compact ? 9 : 11) * ratio}px system-ui, sans-serif`;
    ctx.textAlign = 'right';
    for (const goal of props.goals ?? []) {
      const y = u.valToPos(goal.value, 'y', true);
      ctx.beginPath();
      ctx.moveTo(bbox.left, y);
      ctx.lineTo(bbox.left + bbox.width, y);
      ctx.stroke();
      if (!props.compact) ctx.fillText(goal.label, bbox.left + bbox.width - 2 * ratio, y - 3 * ratio);
    }
    ctx.restore();
  };
}

function options(props: ChartProps, width: number, onHover: (i: number | null) => void): uPlot.Options {
  const format = props.format ?? ((v: number) => String(v));
  const compact = props.compact ?? false;
  return {
    width,
    height: props.height ?? (compact ? 56 : 200),
    legend: { show: false },
    cursor: { y: false, points: { size: compact ? 5 : 7 } },
    // Right: room for half of the last week's date, which uPlot centres on the edge.
    padding: compact ? [4, 6, 0, 0] : [10, 40, 0, 0],
    scales: {
      x: { time: false, range: [0, Math.max(1, props.labels.length - 1)] },
      y: { range: range(props) },
    },
    axes: [
      {
        ...AXIS_STYLE,
        show: !compact,
        splits: () => props.labels.map((_, i) => i),
        // Every n-th week's name, ending on the newest, so that they never run into each other.
        values: (u, splits) => {
          const step = labelStep(props.labels, u.width);
          return splits.map((i) => {
            const label = props.labels[i];
            return label && (props.labels.length - 1 - i) % step === 0 ? shortLabel(label) : '';
          });
        },
      },
      {
        ...AXIS_STYLE,
        // Wide enough for the longest value ("$12,000" as much as "40").
        size: compact
          ? 28
          : (_u, values) => Math.max(40, 14 + 7 * Math.max(0, ...(values ?? []).map((v) => v.length))),
        font: compact ? '9px system-ui, sans-serif' : '11px system-ui, sans-serif',
        ticks: { show: !compact },
        values: (_u, splits) => splits.map(format),
        splits: compact ? (_u, _axis, low, high) => [low, high] : undefined,
      },
    ],
    series: [
      {},
      ...props.series.map((s, i) => ({
        label: s.label,
        stroke: COLORS[i % COLORS.length],
        width: compact ? 1.5 : 2,
        points: { show: true, size: compact ? 3 : 5 },
      })),
    ],
    hooks: {
      draw: [drawExtras(props)],
      setCursor: [(u: uPlot) => onHover(u.cursor.idx ?? null)],
    },
  };
}

/** What the lines are, in the lines' own colours, shown until a point is hovered or tapped. */
function Key({ series, goals, markLabel }: ChartProps) {
  return (
    <span className="chart-key">
      {series.length > 1
        ? series.map((s, i) => (
            <span key={s.label}>
              <span className="chart-swatch" style={{ background: COLORS[i % COLORS.length] }} /> {s.label}
            </span>
          ))
        : null}
      {(goals ?? []).map((g) => (
        <span key={g.label}>
          <span className="chart-swatch chart-swatch-goal" /> {g.label}
        </span>
      ))}
      {markLabel ? (
        <span>
          <span className="chart-swatch chart-swatch-mark" /> {markLabel}
        </span>
      ) : null}
    </span>
  );
}

/**
 * One chart for the whole app: a line per series over the weeks, with axes, goal lines and each point's
 * values read out on hover or tap. Drawn by uPlot, loaded only when a chart is shown.
 */
export function Chart(props: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<number | null>(null);
  const format = props.format ?? ((v: number) => String(v));
  const known = props.series.some((s) => s.values.some((v) => v !== null));
  // Redraw when what is drawn changes; the options read the latest props.
  const key = JSON.stringify([props.labels, props.series, props.goals, props.min, props.max, props.markFrom]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the props drawn.
  useEffect(() => {
    const el = box.current;
    if (!el || !known) return;
    let chart: uPlot | null = null;
    let gone = false;
    const observer = new ResizeObserver(() => {
      if (chart && el.clientWidth > 0) chart.setSize({ width: el.clientWidth, height: chart.height });
    });
    void loadUplot().then((UPlot) => {
      if (gone) return;
      const data: uPlot.AlignedData = [
        props.labels.map((_, i) => i),
        ...props.series.map((s) => s.values.map((v) => v ?? null)),
      ];
      chart = new UPlot(options(props, el.clientWidth || (props.compact ? 120 : 320), setHover), data, el);
      observer.observe(el);
    });
    return () => {
      gone = true;
      observer.disconnect();
      chart?.destroy();
    };
  }, [key, known]);

  if (!known) return <span className="muted">—</span>;
  const at = hover === null ? null : props.labels[hover];
  const readout =
    hover === null || at === undefined
      ? null
      : `${at}: ${props.series
          .map((s) => {
            const v = s.values[hover];
            return `${props.series.length > 1 ? `${s.label} ` : ''}${v === null || v === undefined ? '—' : format(v)}`;
          })
          .join(', ')}`;
  return (
    <figure className={`chart${props.compact ? ' chart-compact' : ''}`}>
      <div ref={box} className="chart-plot" role="img" aria-label={props.label} />
      <figcaption className="chart-readout" aria-live="polite">
        {readout ?? (props.compact ? null : <Key {...props} />)}
      </figcaption>
    </figure>
  );
}
