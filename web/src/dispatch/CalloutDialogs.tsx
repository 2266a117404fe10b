import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog, Modal } from '../app/ui/dialog.js';
import { fieldError, SelectField, TextAreaField, TextField } from '../app/ui/fields.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { QueryStatus } from '../app/ui/status.js';
import { dispatchApi } from './api.js';
import { GROUP_LABELS, replacementFacts } from './replacement-facts.js';
import type { DialogProps } from './route-dialog.js';

/** A DA on this route called out or did not show: logged in attendance, the route goes back to uncovered. */
export function CalloutDialog({ board, route, onClose, onDone }: DialogProps) {
  const driver = board.drivers.find((d) => d.id === route.driverId);
  const [kind, setKind] = useState<'callout' | 'ncns'>('callout');
  const [notice, setNotice] = useState('');
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: () =>
      dispatchApi.callout({
        stationId: board.station.id,
        date: board.date,
        driverId: route.driverId as string,
        kind,
        noticeHours: kind === 'callout' ? Number(notice) : null,
        reason: reason || null,
      }),
    onSuccess: () => onDone(`${driver?.name ?? 'The DA'} is off ${route.code}; pick a replacement.`),
  });
  return (
    <FormDialog
      title={`${driver?.name ?? 'DA'} is not coming`}
      onClose={onClose}
      submission={save}
      ready={kind === 'ncns' || (notice.trim() !== '' && Number(notice) >= 0)}
      whyNotReady="Enter how many hours of notice they gave."
      submitLabel="Mark it"
      pendingLabel="Saving…"
      intro={
        <p className="muted">
          It goes into their attendance with the org’s points, and {route.code} needs a DA.
        </p>
      }
    >
      <SelectField
        label="What happened"
        value={kind}
        onValue={(v) => setKind(v as 'callout' | 'ncns')}
        options={[
          { value: 'callout', label: 'Called out' },
          { value: 'ncns', label: 'No call, no show' },
        ]}
      />
      {kind === 'callout' ? (
        <TextField
          label="Notice given (hours before the shift)"
          required
          value={notice}
          onValue={setNotice}
          inputMode="decimal"
          error={fieldError(save.error, 'noticeHours')}
        />
      ) : null}
      <TextAreaField label="Reason (optional)" value={reason} onValue={setReason} />
    </FormDialog>
  );
}

/**
 * "Find a DA": who could take an uncovered route, best first (free standbys, scheduled DAs without a
 * route, DAs off today), who was left out and why; one click puts them on it with a free van.
 */
export function ReplacementsDialog({ route, onClose, onDone }: DialogProps) {
  const query = useQuery({
    queryKey: ['replacements', route.id, route.version],
    queryFn: () => dispatchApi.replacements(route.id),
  });
  const van = query.data?.van ?? null;
  const take = useMutation({
    mutationFn: (driverId: string) =>
      dispatchApi.assign(route.id, { driverId, vanId: van?.id ?? route.vanId, version: route.version }),
    onSuccess: (r) => onDone([...r.warnings, ...(van ? [] : [query.data?.vanNote ?? ''])].join(' ').trim()),
  });
  const list = query.data?.replacements ?? [];
  const groups = (['standby', 'scheduled', 'off_today'] as const)
    .map((g) => ({ g, items: list.filter((r) => r.group === g) }))
    .filter((x) => x.items.length > 0);
  return (
    <Modal title={`Who can take ${route.code}`} onClose={onClose}>
      <div className="stack" data-testid="find-a-da">
        <QueryStatus query={query} />
        <ErrorNotice error={take.error} />
        {query.data ? (
          <p className="muted">{van ? `Van: ${van.fleetNumber}` : (query.data.vanNote ?? 'No van free.')}</p>
        ) : null}
        {query.data && list.length === 0 ? <p>Nobody can take it.</p> : null}
        {groups.map(({ g, items }) => (
          <section key={g}>
            <h3>{GROUP_LABELS[g]}</h3>
            <ol className="replacements">
              {items.map((r) => (
                <li key={r.driverId}>
                  <span>
                    <strong>{r.name}</strong> · {replacementFacts(r)}
                  </span>
                  <button
                    type="button"
                    className="button-primary button-small"
                    disabled={take.isPending}
                    onClick={() => take.mutate(r.driverId)}
                  >
                    Put on {route.code}
                  </button>
                </li>
              ))}
            </ol>
          </section>
        ))}
        {query.data?.leftOut.length ? (
          <details>
            <summary>Left out ({query.data.leftOut.reduce((n, l) => n + l.names.length, 0)})</summary>
            <ul>
              {query.data.leftOut.map((l) => (
                <li key={l.reason}>
                  {l.reason[0]?.toUpperCase()}
                  {l.reason.slice(1)}: {l.names.join(', ')}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
    </Modal>
  );
}
