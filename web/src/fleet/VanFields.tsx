import { RecordStationSelect } from '../app/station-filter.js';
import { fieldError, SelectField, TextField } from '../app/ui/fields.js';
import { VAN_TYPE_HINTS } from '../people/labels.js';
import { US_STATES } from '../tenancy/places.js';
import { OWNERSHIPS, type Ownership, VAN_TYPES, type VanType } from './api.js';
import { OWNERSHIP_LABELS, VAN_TYPE_LABELS } from './labels.js';
import { draftProblems, type VanDraft } from './van-draft.js';

/** The fields of a van, grouped as a fleet manager thinks of them: the van, its papers, its devices. */
export function VanFields({
  value,
  onChange,
  error,
}: {
  value: VanDraft;
  onChange: (draft: VanDraft) => void;
  error: unknown;
}) {
  const set =
    <K extends keyof VanDraft>(key: K) =>
    (v: VanDraft[K]) =>
      onChange({ ...value, [key]: v });
  const problems = draftProblems(value);
  const err = (k: keyof VanDraft) =>
    fieldError(error, k === 'monthlyRate' ? 'monthlyRateCents' : k) ?? problems[k];

  return (
    <>
      <fieldset className="form-section">
        <legend>Van</legend>
        <div className="form-grid">
          <TextField
            label="Fleet number"
            value={value.fleetNumber}
            onValue={set('fleetNumber')}
            error={err('fleetNumber')}
            hint="Your own number for the van, e.g. V-017."
            autoComplete="off"
            maxLength={20}
            required
          />
          <TextField
            label="VIN"
            value={value.vin}
            onValue={(v) => set('vin')(v.toUpperCase())}
            error={err('vin')}
            hint="17 letters and digits, never I, O or Q; the 9th is a check digit that catches most typos."
            className="mono-input"
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            maxLength={20}
            required
          />
          <RecordStationSelect
            value={value.stationId}
            onValue={set('stationId')}
            error={err('stationId')}
            required
          />
          <SelectField
            label="Van type"
            value={value.vanType}
            onValue={(v) => set('vanType')(v as VanType)}
            options={VAN_TYPES.map((t) => ({ value: t, label: VAN_TYPE_LABELS[t] }))}
            error={err('vanType')}
            hint={VAN_TYPE_HINTS[value.vanType]}
          />
          <TextField
            label="Make"
            value={value.make}
            onValue={set('make')}
            error={err('make')}
            maxLength={40}
          />
          <TextField
            label="Model"
            value={value.model}
            onValue={set('model')}
            error={err('model')}
            maxLength={40}
          />
          <TextField
            label="Model year"
            inputMode="numeric"
            value={value.year}
            onValue={set('year')}
            error={err('year')}
            maxLength={4}
          />
          <TextField
            label="Odometer (mi)"
            inputMode="numeric"
            value={value.odometerMiles}
            onValue={set('odometerMiles')}
            error={err('odometerMiles')}
            hint="Inspections move it forward; correct a typo here."
            maxLength={9}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Plate and ownership</legend>
        <div className="form-grid">
          <TextField
            label="Plate"
            value={value.plate}
            onValue={(v) => set('plate')(v.toUpperCase())}
            error={err('plate')}
            autoCapitalize="characters"
            autoComplete="off"
            maxLength={10}
          />
          <SelectField
            label="Plate state"
            value={value.plateState}
            onValue={set('plateState')}
            options={[
              { value: '', label: '—' },
              ...US_STATES.map(([code, name]) => ({ value: code, label: `${code} · ${name}` })),
            ]}
            error={err('plateState')}
          />
          <SelectField
            label="Ownership"
            value={value.ownership}
            onValue={(v) => set('ownership')(v as Ownership)}
            options={OWNERSHIPS.map((o) => ({ value: o, label: OWNERSHIP_LABELS[o] }))}
            error={err('ownership')}
          />
          <TextField
            label={value.ownership === 'rental' ? 'Rental company' : 'Lessor'}
            value={value.lessor}
            onValue={set('lessor')}
            error={err('lessor')}
            hint={value.ownership === 'leased' ? 'Required, e.g. Element Fleet.' : undefined}
            maxLength={80}
          />
          <TextField
            label="Start date"
            type="date"
            value={value.ownershipStart}
            onValue={set('ownershipStart')}
            error={err('ownershipStart')}
            hint="When the van joined the fleet; maintenance counts from here until a service is recorded."
          />
          <TextField
            label="End date"
            type="date"
            value={value.ownershipEnd}
            onValue={set('ownershipEnd')}
            error={err('ownershipEnd')}
          />
          <TextField
            label="Monthly rate ($)"
            inputMode="decimal"
            value={value.monthlyRate}
            onValue={set('monthlyRate')}
            error={err('monthlyRate')}
            maxLength={12}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Devices</legend>
        <div className="form-grid">
          <TextField
            label="Telematics ID"
            value={value.telematicsId}
            onValue={set('telematicsId')}
            error={err('telematicsId')}
            autoComplete="off"
            spellCheck={false}
            maxLength={80}
          />
          <TextField
            label="Camera ID"
            value={value.cameraId}
            onValue={set('cameraId')}
            error={err('cameraId')}
            hint="e.g. the Netradyne Driveri serial."
            autoComplete="off"
            spellCheck={false}
            maxLength={80}
          />
        </div>
      </fieldset>
    </>
  );
}
