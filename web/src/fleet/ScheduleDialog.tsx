import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog } from '../app/ui/dialog.js';
import { Checkbox, fieldError, TextField } from '../app/ui/fields.js';
import { fleetApi, type Schedule, type ScheduleInput, VAN_TYPES, type VanType } from './api.js';
import { VAN_TYPE_LABELS, wholeNumber } from './labels.js';

/** Adds a maintenance schedule, or edits one: the item, how often by miles and days, the van types. */
export function ScheduleDialog({
  schedule,
  onClose,
  onSaved,
}: {
  schedule: Schedule | null;
  onClose: () => void;
  onSaved: (s: Schedule) => Promise<void>;
}) {
  const [name, setName] = useState(schedule?.name ?? '');
  const [miles, setMiles] = useState(
    schedule?.everyMiles === null || !schedule ? '' : String(schedule.everyMiles),
  );
  const [days, setDays] = useState(
    schedule?.everyDays === null || !schedule ? '' : String(schedule.everyDays),
  );
  const [vanTypes, setVanTypes] = useState<VanType[]>(schedule?.vanTypes ?? ['edv', 'cdv', 'step_van']);
  const [critical, setCritical] = useState(schedule?.critical ?? false);
  const everyMiles = wholeNumber(miles);
  const everyDays = wholeNumber(days);
  const input: ScheduleInput = { name: name.trim(), vanTypes, everyMiles, everyDays, critical };
  const save = useMutation({
    mutationFn: () =>
      schedule ? fleetApi.updateSchedule(schedule.id, input) : fleetApi.createSchedule(input),
    onSuccess: onSaved,
  });
  const ready =
    Boolean(input.name) &&
    vanTypes.length > 0 &&
    !Number.isNaN(everyMiles) &&
    !Number.isNaN(everyDays) &&
    (everyMiles !== null || everyDays !== null);
  return (
    <FormDialog
      title={schedule ? `Edit ${schedule.name}` : 'Add a maintenance schedule'}
      onClose={onClose}
      submission={save}
      ready={ready}
      whyNotReady="Fill in the name, van types and how often."
      submitLabel="Save"
      pendingLabel="Saving…"
    >
      <TextField
        label="Item"
        value={name}
        onValue={setName}
        error={fieldError(save.error, 'name')}
        maxLength={80}
        required
      />
      <div className="form-grid">
        <TextField
          label="Every … miles"
          inputMode="numeric"
          value={miles}
          onValue={setMiles}
          error={
            fieldError(save.error, 'everyMiles') ?? (Number.isNaN(everyMiles) ? 'Whole miles.' : undefined)
          }
          hint="100 to 500,000 miles."
        />
        <TextField
          label="Every … days"
          inputMode="numeric"
          value={days}
          onValue={setDays}
          error={fieldError(save.error, 'everyDays') ?? (Number.isNaN(everyDays) ? 'Whole days.' : undefined)}
          hint="1 to 3,650 days. Give miles, days or both: whichever comes first."
        />
      </div>
      <fieldset className="form-section">
        <legend>Van types</legend>
        {VAN_TYPES.map((t) => (
          <Checkbox
            key={t}
            label={VAN_TYPE_LABELS[t]}
            checked={vanTypes.includes(t)}
            onChecked={(on) => setVanTypes(on ? [...vanTypes, t] : vanTypes.filter((x) => x !== t))}
          />
        ))}
        {fieldError(save.error, 'vanTypes') ? (
          <p className="field-error">{fieldError(save.error, 'vanTypes')}</p>
        ) : null}
      </fieldset>
      <Checkbox
        label="Critical"
        checked={critical}
        onChecked={setCritical}
        hint="When overdue, the van can be grounded (see the setting above)."
      />
    </FormDialog>
  );
}
