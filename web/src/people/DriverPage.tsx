import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { useSession } from '../app/auth.js';
import { formatDate, formatDateTime, formatShort, todayIn } from '../app/format.js';
import { DataTable } from '../app/table.js';
import { FormDialog } from '../app/ui/dialog.js';
import { Checkbox, fieldError, SelectField, TextAreaField, TextField } from '../app/ui/fields.js';
import { Notice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import {
  DRIVER_STATUSES,
  DRIVERS_KEY,
  type Driver,
  type DriverDetail,
  type DriverStatus,
  peopleApi,
} from './api.js';
import { DriverFields, draftOf, draftReady, patchOf } from './DriverFields.js';
import {
  formatMoney,
  formatPhone,
  fullName,
  LANGUAGE_LABELS,
  STATUS_LABELS,
  STATUS_TONES,
  VAN_TYPE_LABELS,
  vanTypesLabel,
} from './labels.js';
import './people.css';
import { DriverCoachingTab } from '../coaching/DriverCoachingTab.js';
import { DriverMessagesTab } from '../messaging/DriverMessagesTab.js';
import { DriverPerformance } from '../performance/DriverPerformance.js';
import { DriverAvailabilityTab } from '../schedule/DriverAvailabilityTab.js';
import { DriverAttendanceTab } from './DriverAttendanceTab.js';
import { DriverDocumentsTab } from './DriverDocumentsTab.js';
import { DriverNotesTab } from './DriverNotesTab.js';
import { DriverOnboardingTab } from './DriverOnboardingTab.js';
import { formatPoints } from './record-labels.js';
import { type Tab, Tabs } from './Tabs.js';

const TABS = [
  { key: 'profile', label: 'Profile' },
  { key: 'onboarding', label: 'Onboarding' },
  { key: 'documents', label: 'Documents' },
  { key: 'attendance', label: 'Attendance' },
  { key: 'availability', label: 'Availability' },
  { key: 'messages', label: 'Messages' },
  { key: 'performance', label: 'Performance' },
  { key: 'coaching', label: 'Coaching' },
  { key: 'notes', label: 'Rating & notes' },
] as const satisfies readonly Tab<string>[];
type TabKey = (typeof TABS)[number]['key'];

/** The usual next step from each status, offered first when changing it. */
const NEXT_STATUS: Record<DriverStatus, DriverStatus> = {
  applicant: 'onboarding',
  onboarding: 'active',
  active: 'inactive',
  inactive: 'active',
  terminated: 'active',
};

const needsReason = (s: DriverStatus) => s === 'inactive' || s === 'terminated';

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

export function DriverPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  // Opened from the list: "All DAs" goes back to it with its search and filters.
  const state: unknown = location.state;
  const listSearch =
    state && typeof state === 'object' && 'list' in state && typeof state.list === 'string' ? state.list : '';
  const { me, can } = useSession();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  // The availability, messages, performance and coaching tabs belong to other sections: only for those who may read them.
  const tabs = TABS.filter(
    (t) =>
      (t.key !== 'availability' || can('schedule.read')) &&
      (t.key !== 'messages' || can('messages.read')) &&
      (t.key !== 'performance' || can('performance.read')) &&
      (t.key !== 'coaching' || can('coaching.read')),
  );
  const tab: TabKey = tabs.some((t) => t.key === tabParam) ? (tabParam as TabKey) : 'profile';
  // The tab lives in the address (a link can open it); the list to go back to stays in the state.
  const setTab = (key: TabKey) =>
    setParams(key === 'profile' ? {} : { tab: key }, { replace: true, state: location.state });
  const driver = useQuery({
    queryKey: [...DRIVERS_KEY, 'detail', id],
    queryFn: () => peopleApi.driver(id),
  });
  const [editing, setEditing] = useState(false);
  const [changingStatus, setChangingStatus] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const canWrite = can('people.write');
  const d = driver.data;

  const back = (
    <p>
      <Link to={`/drivers${listSearch}`} className="back-to">
        <span aria-hidden="true">←</span>All DAs
      </Link>
    </p>
  );

  if (!d) {
    return (
      <div className="stack-lg">
        {back}
        <PageHeader title="DA" />
        <QueryStatus query={driver} />
      </div>
    );
  }

  const station = me.stations.find((s) => s.id === d.homeStationId);
  const today = todayIn(station?.timeZone);

  return (
    <div className="stack-lg">
      {back}
      <PageHeader
        title={fullName(d)}
        description={
          <span className="header-meta">
            <StatusBadge tone={STATUS_TONES[d.status]}>{STATUS_LABELS[d.status]}</StatusBadge>
            <span>{station ? `${station.code} · ${station.name}` : 'Unknown station'}</span>
            {d.transporterId ? <span className="mono">{d.transporterId}</span> : null}
            {d.attendance ? (
              <StatusBadge tone={d.attendance.flagged ? 'bad' : 'neutral'}>
                {formatPoints(d.attendance.points)} attendance pts / {d.attendance.windowDays} d
                {d.attendance.flagged ? ' · flagged' : ''}
              </StatusBadge>
            ) : null}
          </span>
        }
        actions={
          canWrite ? (
            <>
              <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
                Edit
              </button>
              <button type="button" className="button-secondary" onClick={() => setChangingStatus(true)}>
                Change status
              </button>
            </>
          ) : null
        }
      />
      {message ? <Notice kind="success">{message}</Notice> : null}

      <Tabs label="DA records" tabs={tabs} current={tab} onSelect={setTab}>
        {tab === 'profile' ? (
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
                  <dd>{station ? `${station.code} · ${station.name}` : '—'}</dd>
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

            <StatusHistory driver={d} />
          </>
        ) : null}
        {tab === 'onboarding' ? <DriverOnboardingTab driver={d} /> : null}
        {tab === 'documents' ? <DriverDocumentsTab driver={d} /> : null}
        {tab === 'attendance' ? <DriverAttendanceTab driver={d} today={today} /> : null}
        {tab === 'availability' ? <DriverAvailabilityTab driver={d} /> : null}
        {tab === 'messages' ? <DriverMessagesTab driver={d} /> : null}
        {tab === 'performance' ? <DriverPerformance driverId={d.id} week="" /> : null}
        {tab === 'coaching' ? <DriverCoachingTab driver={d} /> : null}
        {tab === 'notes' ? <DriverNotesTab driver={d} /> : null}
      </Tabs>

      {editing ? (
        <EditDriverDialog
          driver={d}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            setMessage(`${fullName(saved)} saved.`);
          }}
        />
      ) : null}
      {changingStatus ? (
        <ChangeStatusDialog
          driver={d}
          today={today}
          onClose={() => setChangingStatus(false)}
          onSaved={(saved) => {
            setChangingStatus(false);
            setMessage(`${fullName(saved)} is now ${STATUS_LABELS[saved.status].toLowerCase()}.`);
          }}
        />
      ) : null}
    </div>
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

function StatusHistory({ driver }: { driver: DriverDetail }) {
  const rows = driver.statusHistory.map((h, i) => ({ ...h, id: `${h.at}-${i}` }));
  return (
    <section className="stack" aria-labelledby="history-title">
      <h2 id="history-title" className="section-title">
        Status history
      </h2>
      <DataTable
        caption="Status history"
        card
        rows={rows}
        columns={[
          {
            header: 'Status',
            cell: (h) => <StatusBadge tone={STATUS_TONES[h.status]}>{STATUS_LABELS[h.status]}</StatusBadge>,
          },
          { header: 'Effective', cell: (h) => formatDate(h.effectiveDate) },
          { header: 'Reason', cell: (h) => h.reason ?? <span className="muted">—</span> },
          { header: 'Changed by', cell: (h) => h.changedBy },
          { header: 'Recorded', className: 'hide-narrow', cell: (h) => formatShort(h.at) },
        ]}
      />
      {rows.length === 0 ? <p className="muted">No changes recorded.</p> : null}
    </section>
  );
}

function EditDriverDialog({
  driver,
  onClose,
  onSaved,
}: {
  driver: Driver;
  onClose: () => void;
  onSaved: (driver: Driver) => void;
}) {
  const queryClient = useQueryClient();
  const [initial] = useState(() => draftOf(driver));
  const [draft, setDraft] = useState(initial);
  const patch = patchOf(initial, draft);
  const dirty = Object.keys(patch).length > 0;
  const save = useMutation({
    mutationFn: () => peopleApi.updateDriver(driver.id, patch),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: DRIVERS_KEY });
      onSaved(saved);
    },
  });

  return (
    <FormDialog
      title={`Edit ${fullName(driver)}`}
      onClose={onClose}
      submission={save}
      ready={dirty && draftReady(draft)}
      whyNotReady={dirty ? 'Fill in the required fields (marked *).' : 'Nothing changed yet.'}
      submitLabel="Save"
      pendingLabel="Saving…"
      wide
    >
      <DriverFields value={draft} onChange={setDraft} error={save.error} />
    </FormDialog>
  );
}

function ChangeStatusDialog({
  driver,
  today,
  onClose,
  onSaved,
}: {
  driver: Driver;
  today: string;
  onClose: () => void;
  onSaved: (driver: Driver) => void;
}) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<DriverStatus>(NEXT_STATUS[driver.status]);
  const [reason, setReason] = useState('');
  const [effectiveDate, setEffectiveDate] = useState(today);
  const [checksOnFile, setChecksOnFile] = useState(false);
  // A new hire becomes active once onboarding is done, unless the manager says the checks are on file.
  const hiring = status === 'active' && (driver.status === 'applicant' || driver.status === 'onboarding');
  const reasonNeeded = needsReason(status) || (hiring && checksOnFile);
  // The history reads in order: a change takes effect after the current status began, and not later than today.
  const dateProblem =
    effectiveDate && effectiveDate > today
      ? 'A status change cannot take effect in the future.'
      : effectiveDate && effectiveDate < driver.statusSince && driver.statusSince <= today
        ? `Not before ${formatDate(driver.statusSince)}, when the current status began.`
        : undefined;
  const change = useMutation({
    mutationFn: () =>
      peopleApi.changeStatus(driver.id, {
        status,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        ...(effectiveDate ? { effectiveDate } : {}),
        ...(hiring && checksOnFile ? { checksOnFile: true } : {}),
      }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: DRIVERS_KEY });
      onSaved(saved);
    },
  });
  const reasonHint =
    hiring && checksOnFile
      ? 'Say which checks are on file, e.g. “Rehire: checks from 2025 on file”. Kept in the status history.'
      : reasonNeeded
        ? `Required for ${STATUS_LABELS[status].toLowerCase()}. Kept in the status history.`
        : 'Optional. Kept in the status history.';

  return (
    <FormDialog
      title={`Change status of ${fullName(driver)}`}
      onClose={onClose}
      submission={change}
      ready={(!reasonNeeded || Boolean(reason.trim())) && !dateProblem}
      whyNotReady={dateProblem ? 'Fix the date.' : 'Write the reason.'}
      submitLabel="Change status"
      pendingLabel="Saving…"
      intro={
        <p className="muted">
          {STATUS_LABELS[driver.status]} since {formatDate(driver.statusSince)}
          {driver.statusReason ? ` (${driver.statusReason})` : ''}.
        </p>
      }
    >
      <SelectField
        label="New status"
        value={status}
        onValue={(s) => setStatus(s as DriverStatus)}
        options={DRIVER_STATUSES.filter((s) => s !== driver.status).map((s) => ({
          value: s,
          label: STATUS_LABELS[s],
        }))}
        error={fieldError(change.error, 'status')}
        hint={status === 'active' ? 'Active DAs with a valid license can be given work.' : undefined}
      />
      {hiring ? (
        <Checkbox
          label="Their checks are on file (a rehire, or checks done before Stationhand)"
          checked={checksOnFile}
          onChecked={setChecksOnFile}
          hint={
            fieldError(change.error, 'checksOnFile') ??
            'Otherwise a new hire becomes active once every onboarding step is done or waived.'
          }
        />
      ) : null}
      <TextAreaField
        label="Reason"
        value={reason}
        onValue={setReason}
        error={fieldError(change.error, 'reason')}
        hint={reasonHint}
        rows={3}
        maxLength={500}
        required={reasonNeeded}
      />
      <TextField
        label="Effective date"
        type="date"
        value={effectiveDate}
        onValue={setEffectiveDate}
        error={dateProblem ?? fieldError(change.error, 'effectiveDate')}
        hint="Today unless you are recording a change made earlier."
        min={driver.statusSince <= today ? driver.statusSince : undefined}
        max={today}
      />
    </FormDialog>
  );
}
