import { PANELS, type Panel } from './api.js';
import { PANEL_LABELS } from './labels.js';

/** Where each panel sits on the van seen from above, front at the top (driver side on the left, US). */
const SHAPES: Record<Panel, { x: number; y: number; w: number; h: number }> = {
  front_bumper: { x: 50, y: 6, w: 120, h: 34 },
  hood: { x: 50, y: 40, w: 120, h: 62 },
  windshield: { x: 50, y: 102, w: 120, h: 40 },
  roof: { x: 50, y: 142, w: 120, h: 214 },
  driver_side_front: { x: 10, y: 102, w: 40, h: 127 },
  driver_side_rear: { x: 10, y: 229, w: 40, h: 127 },
  passenger_side_front: { x: 170, y: 102, w: 40, h: 127 },
  passenger_side_rear: { x: 170, y: 229, w: 40, h: 127 },
  rear_doors: { x: 50, y: 356, w: 120, h: 52 },
  rear_bumper: { x: 50, y: 408, w: 120, h: 34 },
};

/**
 * The van diagram: panels with damage are shaded (`marked`), those found new stand out (`fresh`).
 * With `onToggle` it comes with a button per panel under the drawing, named in words and big enough
 * for a thumb: the one control for keyboards, screen readers and fingers alike.
 */
export function PanelDiagram({
  marked,
  fresh = [],
  onToggle,
  labels = PANEL_LABELS,
  title = 'Van diagram',
}: {
  marked: readonly Panel[];
  fresh?: readonly Panel[];
  onToggle?: (panel: Panel) => void;
  labels?: Record<Panel, string>;
  title?: string;
}) {
  const state = (p: Panel) => (fresh.includes(p) ? 'fresh' : marked.includes(p) ? 'marked' : 'clear');
  return (
    <div className="panel-diagram">
      <svg
        viewBox="0 0 220 448"
        role="img"
        aria-label={`${title}: ${marked.map((p) => labels[p]).join(', ') || '—'}`}
      >
        <rect x="4" y="2" width="212" height="444" rx="24" className="van-outline" />
        {PANELS.map((p) => {
          const s = SHAPES[p];
          return (
            <rect
              key={p}
              className={`van-panel van-panel-${state(p)}`}
              x={s.x}
              y={s.y}
              width={s.w}
              height={s.h}
              rx="6"
            />
          );
        })}
        <text x="110" y="30" textAnchor="middle" className="van-caption">
          ▲
        </text>
      </svg>
      {onToggle ? (
        <ul className="panel-toggles">
          {PANELS.map((p) => (
            <li key={p}>
              <button
                type="button"
                className={`panel-toggle panel-toggle-${state(p)}`}
                aria-pressed={marked.includes(p)}
                onClick={() => onToggle(p)}
              >
                {labels[p]}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
