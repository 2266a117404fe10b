import { formatDate, formatDateTime, formatShort } from '../app/format.js';
import { codeAndName } from '../app/station.js';
import type { StationRef } from '../app/types.js';
import { StatusBadge } from '../app/ui/status.js';
import { reasonCell, StatusHistory } from '../app/ui/status-history.js';
import type { Driver, DriverDetail } from './api.js';
import {
  formatMoney,
  formatPhone,
  LANGUAGE_LABELS,
  STATUS_LABELS,
  STATUS_TONES,
  VAN_TYPE_LABELS,
  vanTypesLabel,
} from './labels.js';

/** The profile tab: whether the DA is cleared to drive, who they are, their work and license, their status history. */
export function DriverProfileTab({
  driver: d,
  station,
  today,
}: {
  driver: DriverDetail;
  station: StationRef | undefined;
  today: string;
}) {
  return (
    <>
      <ClearancePanel driver={d} stationCode={station?.code} today={today} />

      <div className="profile-grid">
        <section className="card" aria-labelledby="identity-title">
          <h2 id="identity-title">Identity and contact</h2>
          <dl className="details">
            <dt>Transporter ID</dt>
            <dd>{d.transporterId ? <span className="mono">{d.transporterId}</span> : '—'}</dd>
            <dt>Employee ID</dt>
            <dd>{d.employeeId ?? '—'}</dd>
            <dt>Mobile phone</dt>
            <dd>{d.phone ? <a href={`tel:${d.phone}`}>{formatPhone(d.phone)}</a> : '—'}</dd>
            <dt>Email</dt>
            <dd>{d.email ? <a href={`mailto:${d.email}`}>{d.email}</a> : '—'}</dd>
            <dt>Language</dt>
            <dd>{LANGUAGE_LABELS[d.language]}</dd>
            <dt>Text messages</dt>
            <dd>{d.smsConsentAt ? `Agreed ${formatDateTime(d.smsConsentAt)}` : 'Not agreed'}</dd>
            <dt>App login</dt>
            <dd>{d.userId ? 'Yes, signs in as a driver' : 'None yet'}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="work-title">
          <h2 id="work-title">Work and license</h2>
          <dl className="details">
            <dt>Home station</dt>
            <dd>{station ? codeAndName(station) : '—'}</dd>
            <dt>Status</dt>
            <dd>
              {STATUS_LABELS[d.status]} since {formatDate(d.statusSince)}
              {d.statusReason ? <span className="muted"> — {d.statusReason}</span> : null}
            </dd>
            <dt>Hire date</dt>
            <dd>{formatDate(d.hireDate)}</dd>
            <dt>Hourly rate</dt>
            <dd>{d.hourlyRateCents === null ? '—' : `${formatMoney(d.hourlyRateCents)} an hour`}</dd>
            <dt>Van types</dt>
            <dd>{vanTypesLabel(d.vanTypes)}</dd>
            <dt>Driver’s license</dt>
            <dd>
              {d.licenseNumber || d.licenseState
                ? [d.licenseNumber, d.licenseState].filter(Boolean).join(' · ')
                : '—'}
            </dd>
            <dt>License expiry</dt>
            <dd>
              <Expiry date={d.licenseExpiry} today={today} />
            </dd>
            <dt>DOT medical card</dt>
            <dd>
              <Expiry date={d.dotMedicalExpiry} today={today} />
            </dd>
          </dl>
        </section>
      </div>

      <DriverStatusHistory driver={d} />
    </>
  );
}

/** Days from `today` to `date` (both YYYY-MM-DD). */
function daysUntil(date: string, today: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** A document's expiry date, flagged when it has passed or is within a month. */
function Expiry({ date, today }: { date: string | null; today: string }) {
  if (!date) return <span className="muted">Not on file</span>;
  const days = daysUntil(date, today);
  return (
    <>
      {formatDate(date)}{' '}
      {days < 0 ? (
        <StatusBadge tone="bad">Expired</StatusBadge>
      ) : days <= 30 ? (
        <StatusBadge tone="warn">{days === 0 ? 'Expires today' : `Expires in ${days} d`}</StatusBadge>
      ) : null}
    </>
  );
}

function ClearancePanel({
  driver,
  stationCode,
  today,
}: {
  driver: Driver;
  stationCode: string | undefined;
  today: string;
}) {
  const { cleared, reasons, vanTypes } = driver.clearance;
  const withheld = driver.vanTypes.filter((t) => !vanTypes.includes(t));
  return (
    <section
      className={`card clearance ${cleared ? 'clearance-yes' : 'clearance-no'}`}
      aria-labelledby="clearance-title"
      data-testid="clearance"
    >
      <div className="section-head">
        <h2 id="clearance-title">Cleared to drive today</h2>
        <span className="muted">
          {formatDate(today)}
          {stationCode ? ` at ${stationCode}` : ''}
        </span>
      </div>
      <p className="clearance-verdict">
        {cleared ? (
          <StatusBadge tone="good">Cleared</StatusBadge>
        ) : (
          <StatusBadge tone="bad">Not cleared</StatusBadge>
        )}{' '}
        {cleared
          ? `May be given work in: ${vanTypesLabel(vanTypes)}.`
          : 'May not be given work until this is fixed:'}
      </p>
      {cleared ? (
        withheld.length > 0 ? (
          <p className="muted">
            Not {withheld.map((t) => VAN_TYPE_LABELS[t]).join(', ')}: no valid DOT medical card.
          </p>
        ) : null
      ) : (
        <ul className="clearance-reasons">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DriverStatusHistory({ driver }: { driver: DriverDetail }) {
  return (
    <StatusHistory
      titleId="history-title"
      history={driver.statusHistory}
      columns={[
        {
          header: 'Status',
          cell: (h) => <StatusBadge tone={STATUS_TONES[h.status]}>{STATUS_LABELS[h.status]}</StatusBadge>,
        },
        { header: 'Effective', cell: (h) => formatDate(h.effectiveDate) },
        { header: 'Reason', cell: reasonCell },
        { header: 'Changed by', cell: (h) => h.changedBy },
        { header: 'Recorded', className: 'hide-narrow', cell: (h) => formatShort(h.at) },
      ]}
    />
  );
}
