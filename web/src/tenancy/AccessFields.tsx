import { useId } from 'react';
import { useSession } from '../app/auth.js';
import { codeAndName } from '../app/station.js';
import { ROLE_LABELS, type Role, type StationRef } from '../app/types.js';
import { Checkbox, fieldError, SelectField } from '../app/ui/fields.js';

/** "All stations" or the codes of the chosen ones. */
export function stationLabel(ids: string[] | null, stations: StationRef[]): string {
  if (ids === null) return 'All stations';
  if (ids.length === 0) return 'None';
  const codes = ids.map((id) => stations.find((s) => s.id === id)?.code).filter(Boolean);
  const unknown = ids.length - codes.length;
  return [codes.join(', '), unknown ? `${unknown} other` : ''].filter(Boolean).join(' + ');
}

/** What a person may do (role) and where (stations `null` = all, also ones added later). */
export interface Access {
  role: Role;
  stationIds: string[] | null;
}

/** The role and stations fields, as adding and editing a person both ask them. */
export function AccessFields({
  roles,
  value,
  onChange,
  error,
}: {
  roles: Role[];
  value: Access;
  onChange: (access: Access) => void;
  error: unknown;
}) {
  return (
    <>
      <SelectField
        label="Role"
        value={value.role}
        onValue={(r) => onChange({ ...value, role: r as Role })}
        options={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        error={fieldError(error, 'role')}
      />
      <StationPicker
        value={value.stationIds}
        onChange={(stationIds) => onChange({ ...value, stationIds })}
        error={fieldError(error, 'stationIds')}
      />
    </>
  );
}

/** "All stations" (null) or a chosen list. */
function StationPicker({
  value,
  onChange,
  error,
}: {
  value: string[] | null;
  onChange: (ids: string[] | null) => void;
  error?: string | undefined;
}) {
  const { me } = useSession();
  const legendId = useId();
  return (
    <fieldset
      className={`field station-picker${error ? ' has-error' : ''}`}
      aria-describedby={error ? `${legendId}-e` : undefined}
    >
      <legend id={legendId}>Stations</legend>
      <Checkbox
        label="All stations (including ones added later)"
        checked={value === null}
        onChecked={(all) => onChange(all ? null : [])}
      />
      {value !== null ? (
        <div className="checkbox-grid">
          {me.stations.map((s) => (
            <Checkbox
              key={s.id}
              label={codeAndName(s)}
              checked={value.includes(s.id)}
              onChecked={(on) => onChange(on ? [...value, s.id] : value.filter((id) => id !== s.id))}
            />
          ))}
        </div>
      ) : null}
      {error ? (
        <p className="field-error" id={`${legendId}-e`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
