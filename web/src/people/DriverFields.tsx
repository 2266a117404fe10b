import { type ReactNode, useId } from 'react';
import { useSession } from '../app/auth.js';
import { todayIn } from '../app/format.js';
import { Checkbox, fieldError, SelectField, TextField } from '../app/ui/fields.js';
import { US_STATES } from '../tenancy/places.js';
import { type Driver, type DriverInput, type Language, VAN_TYPES, type VanType } from './api.js';
import {
  centsToDollars,
  dollarsToCents,
  formatPhone,
  LANGUAGE_LABELS,
  VAN_TYPE_HINTS,
  VAN_TYPE_LABELS,
} from './labels.js';

/** A DA's profile as the form holds it: text as typed, money in dollars. */
export interface DriverDraft {
  firstName: string;
  lastName: string;
  employeeId: string;
  transporterId: string;
  phone: string;
  email: string;
  language: Language;
  smsConsent: boolean;
  homeStationId: string;
  hourlyRate: string;
  hireDate: string;
  vanTypes: VanType[];
  licenseNumber: string;
  licenseState: string;
  licenseExpiry: string;
  dotMedicalExpiry: string;
}

export function emptyDraft(homeStationId: string): DriverDraft {
  return {
    firstName: '',
    lastName: '',
    employeeId: '',
    transporterId: '',
    phone: '',
    email: '',
    language: 'en',
    smsConsent: false,
    homeStationId,
    hourlyRate: '',
    hireDate: '',
    vanTypes: [],
    licenseNumber: '',
    licenseState: '',
    licenseExpiry: '',
    dotMedicalExpiry: '',
  };
}

export function draftOf(d: Driver): DriverDraft {
  return {
    firstName: d.firstName,
    lastName: d.lastName,
    employeeId: d.employeeId ?? '',
    transporterId: d.transporterId ?? '',
    phone: formatPhone(d.phone),
    email: d.email ?? '',
    language: d.language,
    smsConsent: d.smsConsentAt !== null,
    homeStationId: d.homeStationId,
    hourlyRate: centsToDollars(d.hourlyRateCents),
    hireDate: d.hireDate ?? '',
    vanTypes: d.vanTypes,
    licenseNumber: d.licenseNumber ?? '',
    licenseState: d.licenseState ?? '',
    licenseExpiry: d.licenseExpiry ?? '',
    dotMedicalExpiry: d.dotMedicalExpiry ?? '',
  };
}

const text = (s: string) => s.trim() || null;

/** The draft as the server takes it; blank optional fields are `null` (cleared). */
export function inputOf(d: DriverDraft): DriverInput {
  return {
    firstName: d.firstName.trim(),
    lastName: d.lastName.trim(),
    employeeId: text(d.employeeId),
    transporterId: text(d.transporterId)?.toUpperCase() ?? null,
    phone: text(d.phone),
    email: text(d.email),
    language: d.language,
    smsConsent: d.smsConsent,
    homeStationId: d.homeStationId,
    hourlyRateCents: dollarsToCents(d.hourlyRate) ?? null,
    hireDate: text(d.hireDate),
    vanTypes: VAN_TYPES.filter((t) => d.vanTypes.includes(t)),
    licenseNumber: text(d.licenseNumber),
    licenseState: text(d.licenseState),
    licenseExpiry: text(d.licenseExpiry),
    dotMedicalExpiry: text(d.dotMedicalExpiry),
  };
}

/** Only what changed between two drafts, for a PATCH. */
export function patchOf(before: DriverDraft, after: DriverDraft): Partial<DriverInput> {
  const a = inputOf(before);
  const b = inputOf(after);
  const patch: Partial<Record<keyof DriverInput, unknown>> = {};
  for (const key of Object.keys(b) as (keyof DriverInput)[]) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) patch[key] = b[key];
  }
  return patch as Partial<DriverInput>;
}

/** What the form must have before it can be sent: both names, a station, a rate that is an amount. */
export function draftProblems(d: DriverDraft): { hourlyRate?: string } {
  return dollarsToCents(d.hourlyRate) === undefined
    ? { hourlyRate: 'Use dollars and cents, e.g. 21.50.' }
    : {};
}

export const draftReady = (d: DriverDraft) =>
  Boolean(d.firstName.trim() && d.lastName.trim() && d.homeStationId) && !draftProblems(d).hourlyRate;

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
  const vanLegend = useId();
  const vanError = fieldError(error, 'vanTypes');
  const stationKnown = me.stations.some((s) => s.id === value.homeStationId);

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
          <SelectField
            label="Home station"
            value={value.homeStationId}
            onValue={set('homeStationId')}
            options={[
              ...(stationKnown
                ? []
                : [
                    {
                      value: value.homeStationId,
                      label: value.homeStationId ? 'Another station' : 'Choose a station',
                    },
                  ]),
              ...me.stations.map((s) => ({ value: s.id, label: `${s.code} · ${s.name}` })),
            ]}
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
        <fieldset
          className={`field van-types${vanError ? ' has-error' : ''}`}
          aria-describedby={vanError ? `${vanLegend}-e` : undefined}
        >
          <legend id={vanLegend}>Van types they may drive</legend>
          <div className="checkbox-grid">
            {VAN_TYPES.map((t) => (
              <Checkbox
                key={t}
                label={VAN_TYPE_LABELS[t]}
                hint={VAN_TYPE_HINTS[t]}
                checked={value.vanTypes.includes(t)}
                onChecked={(on) =>
                  set('vanTypes')(on ? [...value.vanTypes, t] : value.vanTypes.filter((v) => v !== t))
                }
              />
            ))}
          </div>
          {vanError ? (
            <p className="field-error" id={`${vanLegend}-e`}>
              {vanError}
            </p>
          ) : null}
        </fieldset>
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
