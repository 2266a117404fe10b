import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog } from '../app/ui/dialog.js';
import { Checkbox, fieldError, SelectField } from '../app/ui/fields.js';
import { VAN_TYPE_LABELS } from '../fleet/labels.js';
import type { VanType } from '../people/api.js';
import { dispatchApi } from './api.js';
import { assignChoices, dropOutcome } from './board-model.js';
import { GROUP_LABELS, replacementFacts } from './replacement-facts.js';
import type { DialogProps } from './route-dialog.js';

/** Picks a DA and a van from lists (the keyboard's way to do what dragging does), with live conflicts. */
export function AssignDialog({ board, route, onClose, onDone }: DialogProps) {
  const [driverId, setDriverId] = useState(route.driverId ?? '');
  const [vanId, setVanId] = useState(route.vanId ?? '');
  const [pinned, setPinned] = useState(true);
  const outcome = dropOutcome(
    board,
    { ...route, driverId: driverId || null, vanId: vanId || null },
    {
      kind: 'driver',
      id: driverId,
      fromRouteId: null,
    },
  );
  const conflicts = driverId ? outcome.conflicts : [];
  const save = useMutation({
    mutationFn: () =>
      dispatchApi.assign(route.id, {
        driverId: driverId || null,
        vanId: vanId || null,
        version: route.version,
        pinned,
      }),
    onSuccess: (r) => onDone(r.warnings.join(' ')),
  });
  const choices = assignChoices(board, route);
  return (
    <FormDialog
      title={`Assign ${route.code}`}
      onClose={onClose}
      submission={save}
      ready={!outcome.blocked || !driverId}
      whyNotReady="This DA cannot take the route: see why above."
      submitLabel="Save"
      pendingLabel="Saving…"
    >
      <SelectField
        label="DA"
        value={driverId}
        onValue={setDriverId}
        error={fieldError(save.error, 'driverId')}
        options={[
          { value: '', label: '— nobody —' },
          ...choices.offered.map((r) => ({
            value: r.driverId,
            label: `${r.name} · ${r.driverId === route.driverId ? `on ${route.code} now` : GROUP_LABELS[r.group].toLowerCase()} · ${replacementFacts(r)}`,
          })),
          ...choices.others.map(({ driver, reason }) => ({
            value: driver.id,
            label: `${driver.name} · ${reason === 'called out today' ? 'CALLED OUT today' : reason}`,
          })),
        ]}
      />
      <SelectField
        label="Van"
        value={vanId}
        onValue={setVanId}
        error={fieldError(save.error, 'vanId')}
        options={[
          { value: '', label: '— none yet —' },
          ...board.vans
            .filter((v) => v.dispatchable)
            .map((v) => ({
              value: v.id,
              label: `${v.fleetNumber} · ${VAN_TYPE_LABELS[v.vanType as VanType] ?? v.vanType}${v.routeId && v.routeId !== route.id ? ' · on another route' : ''}`,
            })),
        ]}
      />
      <Checkbox label="Keep this pair when the roster is rebuilt" checked={pinned} onChecked={setPinned} />
      {conflicts.length ? (
        <ul className="route-conflicts">
          {conflicts.map((c) => (
            <li key={c.message} className={`conflict-${c.level}`}>
              {c.message}
            </li>
          ))}
        </ul>
      ) : null}
    </FormDialog>
  );
}
