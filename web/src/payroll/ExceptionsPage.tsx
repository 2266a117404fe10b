import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../app/auth.js';
import { formatDate, formatDateTime, plural, todayIn } from '../app/format.js';
import { useStation } from '../app/station.js';
import { StationSelect } from '../app/station-filter.js';
import { SelectField, TextField } from '../app/ui/fields.js';
import { Notice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { addDays, isDate } from '../schedule/labels.js';
import {
  EXCEPTION_KIND_LABELS,
  PUNCH_KIND_LABELS,
  type PunchKind,
  payrollApi,
  payrollKeys,
  type QueuedException,
  RESOLUTION_LABELS,
} from './api.js';
import { BulkResolveBar } from './BulkResolveBar.js';
import { clockOf } from './clock.js';
import { ResolveDialog } from './ResolveDialog.js';
import './payroll.css';

type Status = 'open' | 'resolved' | '';

/** What the exception rests on: the day's punches, the rules it broke, the route it is checked against. */
function Evidence({ ex, zone }: { ex: QueuedException; zone: string }) {
  const e = ex.evidence as {
    punches?: { kind: PunchKind; at: string }[];
    rules?: string[];
    route?: string;
    routes?: string[];
    routeEnd?: string;
  };
  const punches = e.punches ?? [];
  return (
    <dl className="evidence">
      <dt>Punches</dt>
      <dd>
        {punches.length === 0
          ? 'none'
          : punches.map((p) => `${clockOf(p.at, zone)} ${PUNCH_KIND_LABELS[p.kind]}`).join(' · ')}
      </dd>
      {e.rules?.length ? (
        <>
          <dt>Rules</dt>
          <dd>{e.rules.join(', ')}</dd>
        </>
      ) : null}
      {e.route || e.routes?.length ? (
        <>
          <dt>Route</dt>
          <dd>
            {e.route ?? e.routes?.join(', ')}
            {e.routeEnd ? `, ended ${clockOf(e.routeEnd, zone)}` : ''}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/** The exceptions queue (issue 15 item 7): a station's day, each with its evidence and one resolution. */
export function ExceptionsPage() {
  const { me, can } = useSession();
  const { defaultStationId } = useStation();
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const stationId = params.get('station') || defaultStationId;
  const zone = me.stations.find((s) => s.id === stationId)?.timeZone ?? 'UTC';
  // The queue is built each morning for the day before at the station.
  const date = params.has('date') ? (params.get('date') ?? '') : addDays(todayIn(zone), -1);
  const status = (params.has('status') ? params.get('status') : 'open') as Status;
  const [kind, setKind] = useState('');
  const [resolving, setResolving] = useState<QueuedException | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const askable = isDate(date) || status !== '';
  const query = useQuery({
    queryKey: payrollKeys.exceptions(stationId, date, status),
    queryFn: () => payrollApi.exceptions(stationId, isDate(date) ? date : '', status || undefined),
    enabled: Boolean(stationId) && askable,
  });
  const items = (query.data?.items ?? []).filter((e) => !kind || e.kind === kind);

  return (
    <div className="stack-lg">
      <PageHeader
        title="Payroll exceptions"
        description="What to settle before payday: missing punches, meals and rests, long days, overtime without approval, punches against the routes."
      />
      <div className="filters card">
        <StationSelect value={stationId} onValue={(id) => set('station', id)} />
        <TextField
          label="Workday"
          type="date"
          value={isDate(date) ? date : ''}
          onValue={(v) => set('date', v)}
          hint="Empty: every day"
        />
        <SelectField
          label="Status"
          value={status}
          onValue={(v) => set('status', v)}
          options={[
            { value: 'open', label: 'Open' },
            { value: 'resolved', label: 'Resolved' },
            { value: '', label: 'Open and resolved' },
          ]}
        />
        <SelectField
          label="Kind"
          value={kind}
          onValue={setKind}
          options={[
            { value: '', label: 'Every kind' },
            ...Object.entries(EXCEPTION_KIND_LABELS).map(([value, label]) => ({ value, label })),
          ]}
        />
      </div>
      {!askable ? <Notice kind="warning">Choose a workday, or open or resolved exceptions.</Notice> : null}
      {message ? <Notice kind="success">{message}</Notice> : null}
      <QueryStatus
        query={query}
        isEmpty={items.length === 0}
        empty={`No ${status ? `${status} ` : ''}exceptions${isDate(date) ? ` on ${formatDate(date)}` : ''}.`}
      />
      {items.length > 0 ? <p className="muted">{plural(items.length, 'exception')}</p> : null}
      {can('payroll.write') ? (
        <BulkResolveBar
          items={items}
          selected={selected}
          onSelect={setSelected}
          onDone={(text) => setMessage(text)}
        />
      ) : null}
      <ul className="exception-list">
        {items.map((ex) => (
          <li key={ex.id} className="card exception">
            <div className="exception-head">
              {ex.status === 'open' && can('payroll.write') ? (
                <input
                  type="checkbox"
                  aria-label={`Select ${ex.driverName}, ${formatDate(ex.workday)}, ${EXCEPTION_KIND_LABELS[ex.kind] ?? ex.kind}`}
                  checked={selected.has(ex.id)}
                  onChange={() => toggle(ex.id)}
                />
              ) : null}
              <strong>{ex.driverName}</strong>
              <span>{formatDate(ex.workday)}</span>
              <StatusBadge tone="neutral">{EXCEPTION_KIND_LABELS[ex.kind] ?? ex.kind}</StatusBadge>
              <StatusBadge tone={ex.status === 'open' ? 'warn' : 'good'}>
                {ex.status === 'open' ? 'Open' : 'Resolved'}
              </StatusBadge>
            </div>
            <p>{ex.message}</p>
            <Evidence ex={ex} zone={zone} />
            {ex.status === 'resolved' && ex.resolution ? (
              <p className="muted">
                {RESOLUTION_LABELS[ex.resolution]}: “{ex.reason}” · {formatDateTime(ex.resolvedAt)}
              </p>
            ) : null}
            <div className="exception-actions">
              <Link
                to={`/timecards?station=${ex.stationId}&week=${ex.workday}&da=${ex.driverId}&day=${ex.workday}`}
              >
                Open the timecard
              </Link>
              {ex.status === 'open' && can('payroll.write') ? (
                <button
                  type="button"
                  className="button-primary"
                  onClick={() => {
                    setMessage(null);
                    setResolving(ex);
                  }}
                >
                  Resolve
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      {resolving ? (
        <ResolveDialog
          exception={resolving}
          zone={zone}
          onClose={() => setResolving(null)}
          onDone={(text) => {
            setResolving(null);
            setMessage(text);
          }}
        />
      ) : null}
    </div>
  );
}
