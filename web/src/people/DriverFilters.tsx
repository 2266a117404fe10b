import { StationFilter } from '../app/station-filter.js';
import { SelectField, TextField } from '../app/ui/fields.js';
import { DRIVER_STATUSES } from './api.js';
import { STATUS_LABELS } from './labels.js';

/** The DAs list's filters; all but the station live in the address (see DriversPage). */
export function DriverFilters({
  search,
  onSearch,
  status,
  cleared,
  expiring,
  stationId,
  onStation,
  setParam,
}: {
  search: string;
  onSearch: (text: string) => void;
  status: string;
  cleared: string;
  expiring: string;
  stationId: string;
  onStation: (stationId: string) => void;
  setParam: (key: string, value: string) => void;
}) {
  return (
    <fieldset className="filters">
      <legend className="sr-only">Filter DAs</legend>
      <TextField
        label="Search"
        type="search"
        value={search}
        onValue={onSearch}
        placeholder="Name, Transporter ID or employee ID"
        className="field-wide"
        autoComplete="off"
        spellCheck={false}
        maxLength={80}
      />
      <SelectField
        label="Status"
        value={status}
        onValue={(v) => setParam('status', v)}
        options={[
          { value: '', label: 'Any status' },
          ...DRIVER_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
        ]}
      />
      <SelectField
        label="Cleared today"
        value={cleared}
        onValue={(v) => setParam('cleared', v)}
        options={[
          { value: '', label: 'Any' },
          { value: 'true', label: 'Cleared' },
          { value: 'false', label: 'Not cleared' },
        ]}
      />
      <SelectField
        label="Documents"
        value={expiring}
        onValue={(v) => setParam('expiring', v)}
        options={[
          { value: '', label: 'Any' },
          { value: 'true', label: 'Expired or expiring in 30 days' },
        ]}
      />
      <StationFilter value={stationId} onValue={onStation} />
    </fieldset>
  );
}
