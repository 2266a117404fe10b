import { formatDate, formatDateTime } from '../app/format.js';
import { StatusBadge } from '../app/ui/status.js';
import { FileList, Thumb } from '../files/Thumb.js';
import { BODY_SIDES, type Inspection, type InspectionSummary } from './api.js';
import { formatDuration, KIND_LABELS, PANEL_LABELS, panelsLabel } from './labels.js';
import { PanelDiagram } from './PanelDiagram.js';
import './inspections.css';

const SIDE_LABELS = {
  front: 'Front',
  rear: 'Rear',
  driver_side: 'Driver side',
  passenger_side: 'Passenger side',
} as const;
const RESULT = {
  pass: { label: 'Pass', tone: 'good' },
  fail: { label: 'Fail', tone: 'bad' },
  na: { label: 'N/A', tone: 'neutral' },
} as const;

/** Passed / failed / rushed / grounded as badges, the way lists and the detail show an inspection. */
export function InspectionBadges({ i }: { i: InspectionSummary }) {
  return (
    <span className="badge-row">
      {i.passed ? (
        <StatusBadge tone="good">Passed</StatusBadge>
      ) : (
        <StatusBadge tone="bad">Failed</StatusBadge>
      )}
      {i.rushed ? <StatusBadge tone="warn">Rushed</StatusBadge> : null}
      {i.grounded ? <StatusBadge tone="bad">Grounded the van</StatusBadge> : null}
    </span>
  );
}

/** One inspection in full for a manager: every check, every photo (opening full size), the damage marked. */
export function InspectionDetail({ inspection: i }: { inspection: Inspection }) {
  return (
    <div className="stack" data-testid="inspection-detail">
      <p>
        <strong>
          {KIND_LABELS[i.kind]} of {i.fleetNumber}
        </strong>{' '}
        by {i.inspectorName} on {formatDate(i.businessDate)} <InspectionBadges i={i} />
      </p>
      <dl className="details">
        <dt>Started</dt>
        <dd>{formatDateTime(i.startedAt)}</dd>
        <dt>Took</dt>
        <dd>
          {formatDuration(i.durationSeconds)}
          {i.rushed ? ` (under ${formatDuration(i.rushedUnderSeconds)}: rushed)` : ''}
        </dd>
        <dt>Received</dt>
        <dd>{formatDateTime(i.receivedAt)}</dd>
        <dt>Odometer</dt>
        <dd>{i.odometerMiles.toLocaleString()} mi</dd>
        <dt>{i.vanType === 'edv' ? 'Charge' : 'Fuel'}</dt>
        <dd>{i.fuelPercent}%</dd>
      </dl>
      <h3>Checklist</h3>
      <ul className="inspection-items">
        {i.items.map((item) => (
          <li key={item.key}>
            <span>
              {item.label}
              {item.critical ? <span className="muted"> · critical</span> : null}
            </span>
            <StatusBadge tone={RESULT[item.result].tone}>{RESULT[item.result].label}</StatusBadge>
            {item.note ? <p className="item-note">{item.note}</p> : null}
            {item.photos.length > 0 ? <FileList files={item.photos} /> : null}
          </li>
        ))}
      </ul>
      <h3>Photos</h3>
      <ul className="thumb-list">
        {BODY_SIDES.map((side) => {
          const f = i.bodyPhotos[side];
          return f ? (
            <li key={side}>
              <Thumb file={f} label={SIDE_LABELS[side]} />
            </li>
          ) : null;
        })}
        {i.odometerPhoto ? (
          <li>
            <Thumb file={i.odometerPhoto} label="Odometer" />
          </li>
        ) : null}
        {i.video ? (
          <li>
            <Thumb file={i.video} label="Video" />
          </li>
        ) : null}
      </ul>
      <h3>Damage marked</h3>
      {i.damageMarks.length === 0 ? (
        <p className="muted">No damage marked.</p>
      ) : (
        <>
          <PanelDiagram
            marked={i.damageMarks.map((m) => m.panel)}
            fresh={i.newDamage.flatMap((d) => d.panels)}
          />
          <ul className="inspection-items">
            {i.damageMarks.map((m) => (
              <li key={m.panel}>
                <span>{PANEL_LABELS[m.panel]}</span>
                {i.newDamage.some((d) => d.panels.includes(m.panel)) ? (
                  <StatusBadge tone="bad">New since last inspection</StatusBadge>
                ) : (
                  <span />
                )}
                {m.note ? <p className="item-note">{m.note}</p> : null}
                {m.photos.length > 0 ? <FileList files={m.photos} /> : null}
              </li>
            ))}
          </ul>
        </>
      )}
      {i.newDamage.map((d) => (
        <div key={d.id} className="evidence">
          <strong>New damage: {panelsLabel(d.panels)}</strong>
          <p>{d.attribution}</p>
        </div>
      ))}
    </div>
  );
}
