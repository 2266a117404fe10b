import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../app/format.js';
import { StatusBadge } from '../app/ui/status.js';
import { formatDayShort } from '../schedule/labels.js';
import { PUNCH_KIND_LABELS, type Punch, SOURCE_LABELS, type TimecardDay, type TimecardRow } from './api.js';
import { clockOf, hours } from './clock.js';
import { PunchForm } from './PunchForm.js';

/** A punch that counts, with the original it corrected (kept, no longer counted) beside it. */
interface Line {
  punch: Punch;
  original: Punch | undefined;
}

function lines(punches: readonly Punch[]): Line[] {
  const byId = new Map(punches.map((p) => [p.id, p]));
  const corrected = new Set(punches.flatMap((p) => (p.correctsId ? [p.correctsId] : [])));
  return punches
    .filter((p) => !corrected.has(p.id))
    .map((p) => ({ punch: p, original: p.correctsId ? byId.get(p.correctsId) : undefined }));
}

function PunchLine({ line, zone, onCorrect }: { line: Line; zone: string; onCorrect?: () => void }) {
  const { punch: p, original } = line;
  return (
    <li className="punch-line">
      <div className="punch-main">
        <span className="punch-time">{clockOf(p.at, zone)}</span>
        <span>{PUNCH_KIND_LABELS[p.kind]}</span>
        <span className="muted">{SOURCE_LABELS[p.source]}</span>
        {p.outsideRadius ? <StatusBadge tone="warn">Outside the station’s radius</StatusBadge> : null}
        {onCorrect ? (
          <button type="button" className="link-button" onClick={onCorrect}>
            Correct
          </button>
        ) : null}
      </div>
      {original ? (
        <p className="punch-original">
          Was <s>{`${clockOf(original.at, zone)} ${PUNCH_KIND_LABELS[original.kind]}`}</s> (
          {SOURCE_LABELS[original.source]}) · corrected {formatDateTime(p.createdAt)}
        </p>
      ) : null}
      {p.reason ? <p className="punch-reason">“{p.reason}”</p> : null}
    </li>
  );
}

/** One DA-day: its punches (add or correct with a reason) and what the calculator found, with the law. */
export function DayPanel({
  stationId,
  zone,
  row,
  day,
  punches,
  canWrite,
  onClose,
}: {
  stationId: string;
  zone: string;
  row: TimecardRow;
  day: TimecardDay;
  punches: readonly Punch[];
  canWrite: boolean;
  onClose: () => void;
}) {
  const [editing, setEditing] = useState<Punch | 'new' | null>(null);
  const ref = useRef<HTMLElement>(null);
  // A chosen day (the panel is keyed by it) is brought into view: on a phone it sits above the long grid.
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  const shown = lines(punches);
  const form = (corrects?: Punch) => (
    <PunchForm
      key={corrects?.id ?? 'new'}
      stationId={stationId}
      driverId={row.driverId}
      workday={day.date}
      zone={zone}
      {...(corrects ? { corrects } : {})}
      onDone={() => setEditing(null)}
      onCancel={() => setEditing(null)}
    />
  );
  return (
    <aside ref={ref} className="card day-panel" aria-label={`${row.name}, ${formatDayShort(day.date)}`}>
      <div className="day-panel-head">
        <div>
          <h2>{row.name}</h2>
          <p className="muted">
            {formatDayShort(day.date)} · {hours(day.workedMinutes)} h worked · REG {hours(day.minutes.REG)} ·
            OT {hours(day.minutes.OT)} · DT {hours(day.minutes.DT)}
          </p>
        </div>
        <button type="button" className="button-secondary" onClick={onClose}>
          Close
        </button>
      </div>

      <section className="stack-sm">
        <h3>Punches</h3>
        {shown.length === 0 ? <p className="muted">No punches this day.</p> : null}
        <ul className="punch-list">
          {shown.map((line) =>
            editing !== 'new' && editing?.id === line.punch.id ? (
              <li key={line.punch.id}>{form(line.punch)}</li>
            ) : (
              <PunchLine
                key={line.punch.id}
                line={line}
                zone={zone}
                {...(canWrite ? { onCorrect: () => setEditing(line.punch) } : {})}
              />
            ),
          )}
        </ul>
        {canWrite && editing === 'new' ? form() : null}
        {canWrite && editing === null ? (
          <button type="button" className="button-secondary" onClick={() => setEditing('new')}>
            Add a punch
          </button>
        ) : null}
      </section>

      <section className="stack-sm">
        <h3>Against the law and the org’s caps</h3>
        {day.violations.length + day.flags.length + day.problems.length + day.premiums.length === 0 ? (
          <p className="muted">Nothing found.</p>
        ) : null}
        <ul className="finding-list">
          {day.problems.map((text) => (
            <li key={text}>
              <strong>Punches</strong> {text}
            </li>
          ))}
          {day.violations.map((v) => (
            <li key={`${v.rule}:${v.message}`}>
              {v.message.startsWith(v.citation) ? v.message : `${v.citation}: ${v.message}`}{' '}
              <span className="muted">({v.rule})</span>
            </li>
          ))}
          {day.premiums.map((p) => (
            <li key={`${p.kind}:${p.rule}`}>
              <strong>{p.citation}</strong> {p.hours} h {p.kind} premium owed{' '}
              <span className="muted">({p.rule})</span>
            </li>
          ))}
          {day.flags.map((f) => (
            <li key={f.cap}>
              <strong>Org cap</strong> {f.message}
            </li>
          ))}
        </ul>
        {day.openExceptions > 0 ? (
          <p>
            <Link to={`/payroll-exceptions?station=${stationId}&date=${day.date}`}>
              {day.openExceptions} open exception{day.openExceptions === 1 ? '' : 's'} to settle
            </Link>
          </p>
        ) : null}
      </section>
    </aside>
  );
}
