import { SelectField } from '../app/ui/fields.js';
import type { ImportKindInfo, ImportResult, Mapping } from './api.js';

const NOT_IN_FILE = '';

/** Which column of the file holds each field: detected by the preview, correctable by hand. */
export function ColumnMapping({
  kind,
  result,
  mapping,
  onMapping,
  mappingChanged,
}: {
  kind: ImportKindInfo;
  result: ImportResult;
  mapping: Mapping;
  onMapping: (m: Mapping) => void;
  mappingChanged: boolean;
}) {
  return (
    <fieldset className="mapping">
      <legend>Column mapping</legend>
      <p className="hint">
        Which column of your file holds each field. Detected automatically; correct it if a column was missed
        or matched wrongly.
      </p>
      <div className="mapping-grid">
        {kind.fields.map((f) => (
          <SelectField
            key={f.name}
            label={`${f.label}${f.required ? ' (required)' : ''}`}
            value={mapping[f.name] ?? NOT_IN_FILE}
            onValue={(header) => onMapping({ ...mapping, [f.name]: header === NOT_IN_FILE ? null : header })}
            options={[
              { value: NOT_IN_FILE, label: '— Not in the file —' },
              ...result.headers.map((h) => ({ value: h, label: h })),
            ]}
            error={f.required && !mapping[f.name] ? 'Required: pick the column that holds it.' : undefined}
          />
        ))}
      </div>
      {mappingChanged ? (
        <p className="notice notice-warning">
          Mapping changed: re-run the preview to check the file with it.
        </p>
      ) : null}
    </fieldset>
  );
}
