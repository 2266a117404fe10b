import { useId } from 'react';
import { Checkbox } from '../app/ui/fields.js';
import { VAN_TYPES, type VanType } from './api.js';
import { VAN_TYPE_HINTS, VAN_TYPE_LABELS } from './labels.js';

/** The van types a DA may drive, one box each, with the server's complaint about them if any. */
export function VanTypesField({
  value,
  onChange,
  error,
}: {
  value: VanType[];
  onChange: (vanTypes: VanType[]) => void;
  error: string | undefined;
}) {
  const legend = useId();
  return (
    <fieldset
      className={`field van-types${error ? ' has-error' : ''}`}
      aria-describedby={error ? `${legend}-e` : undefined}
    >
      <legend id={legend}>Van types they may drive</legend>
      <div className="checkbox-grid">
        {VAN_TYPES.map((t) => (
          <Checkbox
            key={t}
            label={VAN_TYPE_LABELS[t]}
            hint={VAN_TYPE_HINTS[t]}
            checked={value.includes(t)}
            onChecked={(on) => onChange(on ? [...value, t] : value.filter((v) => v !== t))}
          />
        ))}
      </div>
      {error ? (
        <p className="field-error" id={`${legend}-e`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
