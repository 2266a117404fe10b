import type { ReactNode } from 'react';
import { useSession } from '../app/auth.js';
import { todayIn } from '../app/format.js';
import { RecordStationSelect } from '../app/station-filter.js';
import { Checkbox, fieldError, SelectField, TextField } from '../app/ui/fields.js';
import { US_STATES } from '../tenancy/places.js';
import type { Language } from './api.js';
import { type DriverDraft, draftProblems } from './driver-draft.js';
import { LANGUAGE_LABELS } from './labels.js';
import { VanTypesField } from './VanTypesField.js';

/**
 * The profile fields of a DA, grouped as a manager thinks of them: who they are, how to reach them,
 * their work, and their license. Adding and editing a DA both show them; `extra` goes into the work group
 * (the starting status when adding).
 */
export function DriverFields({
  value,
  onChange,
  error,
  extra,
}: {
  value: DriverDraft;
  onChange: (draft: DriverDraft) => void;
  error: unknown;
  extra?: ReactNode;
}) {
  const { me } = useSession();
  const set =
    <K extends keyof DriverDraft>(key: K) =>
    (v: DriverDraft[K]) =>
      onChange({ ...value, [key]: v });
  const problems = draftProblems(value);

  return (
    <>
      <fieldset className="form-section">
        <legend>Identity</legend>
        <div className="form-grid">
          <TextField
            label="First name"
            value={value.firstName}
            onValue={set('firstName')}
            error={fieldError(error, 'firstName')}
            name="firstName"
            autoComplete="off"
            maxLength={80}
            required
          />
          <TextField
            label="Last name"
            value={value.lastName}
            onValue={set('lastName')}
            error={fieldError(error, 'lastName')}
            name="lastName"
            autoComplete="off"
            maxLength={80}
            required
          />
          <TextField
            label="Transporter ID"
            value={value.transporterId}
            onValue={(v) => set('transporterId')(v.toUpperCase())}
            error={fieldError(error, 'transporterId')}
            name="transporterId"
            hint="Amazon’s ID: an A and 12–13 letters and digits."
            className="mono-input"
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            maxLength={14}
          />
          <TextField
            label="Employee ID"
            value={value.employeeId}
            onValue={set('employeeId')}
            error={fieldError(error, 'employeeId')}
            name="employeeId"
            hint="Your payroll’s number, if any."
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Contact</legend>
        <div className="form-grid">
          <TextField
            label="Mobile phone"
            type="tel"
            value={value.phone}
            onValue={set('phone')}
            error={fieldError(error, 'phone')}
            name="phone"
            hint="A US number in any format, e.g. (512) 555-0123."
            autoComplete="off"
            maxLength={25}
          />
          <TextField
            label="Email"
            type="email"
            value={value.email}
            onValue={set('email')}
            error={fieldError(error, 'email')}
            name="email"
            autoComplete="off"
            maxLength={320}
          />
          <SelectField
            label="Language"
            value={value.language}
            onValue={(v) => set('language')(v as Language)}
            options={(['en', 'es'] as const).map((l) => ({ value: l, label: LANGUAGE_LABELS[l] }))}
            error={fieldError(error, 'language')}
            name="language"
            hint="For the messages and pages they get."
          />
          <div className="field field-check">
            <Checkbox
              label="Agreed to text messages (SMS)"
              checked={value.smsConsent}
              onChecked={set('smsConsent')}
              hint="Only text DAs who agreed; unticking withdraws their consent."
            />
          </div>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Work</legend>
        <div className="form-grid">
          <RecordStationSelect
            label="Home station"
            value={value.homeStationId}
            onValue={set('homeStationId')}
            error={fieldError(error, 'homeStationId')}
            name="homeStationId"
            required
          />
          {extra}
          <TextField
            label="Hourly rate ($)"
            value={value.hourlyRate}
            onValue={set('hourlyRate')}
            error={problems.hourlyRate ?? fieldError(error, 'hourlyRateCents')}
            name="hourlyRateCents"
            hint="Dollars and cents, e.g. 21.50."
            inputMode="decimal"
            autoComplete="off"
            maxLength={12}
          />
          <TextField
            label="Hire date"
            type="date"
            value={value.hireDate}
            onValue={set('hireDate')}
            error={fieldError(error, 'hireDate')}
            name="hireDate"
            max={todayIn(me.stations.find((s) => s.id === value.homeStationId)?.timeZone)}
          />
        </div>
        <VanTypesField
          value={value.vanTypes}
          onChange={set('vanTypes')}
          error={fieldError(error, 'vanTypes')}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>License</legend>
        <div className="form-grid">
          <TextField
            label="Driver’s license number"
            value={value.licenseNumber}
            onValue={set('licenseNumber')}
            error={fieldError(error, 'licenseNumber')}
            name="licenseNumber"
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
          />
          <SelectField
            label="License state"
            value={value.licenseState}
            onValue={set('licenseState')}
            options={[
              { value: '', label: 'Not given' },
              ...US_STATES.map(([v, l]) => ({ value: v, label: `${v} — ${l}` })),
            ]}
            error={fieldError(error, 'licenseState')}
            name="licenseState"
          />
          <TextField
            label="License expiry"
            type="date"
            value={value.licenseExpiry}
            onValue={set('licenseExpiry')}
            error={fieldError(error, 'licenseExpiry')}
            name="licenseExpiry"
            hint="Without a valid license the DA is not cleared to drive."
          />
          <TextField
            label="DOT medical card expiry"
            type="date"
            value={value.dotMedicalExpiry}
            onValue={set('dotMedicalExpiry')}
            error={fieldError(error, 'dotMedicalExpiry')}
            name="dotMedicalExpiry"
            hint="Needed to drive a step van."
          />
        </div>
      </fieldset>
    </>
  );
}
