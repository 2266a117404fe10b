import type { ComponentProps } from 'react';
import { useSession } from './auth.js';
import { codeAndName } from './station.js';
import { SelectField } from './ui/fields.js';

type Option = { value: string; label: string };
type StationSelectProps = Omit<ComponentProps<typeof SelectField>, 'label' | 'options'> & {
  label?: string;
  /** An option above the person's stations, e.g. "All stations". */
  first?: Option | undefined;
};

/** A select of the person's stations ("DXC1 · Chicago South"), labelled "Station" unless told. */
export function StationSelect({ label = 'Station', first, ...rest }: StationSelectProps) {
  const { me } = useSession();
  const options = me.stations.map((s) => ({ value: s.id, label: codeAndName(s) }));
  // Two columns of a filter bar: "DXC1 · Riverside Delivery Station" is cut short in one.
  return (
    <SelectField
      label={label}
      className="field-wide"
      options={first ? [first, ...options] : options}
      {...rest}
    />
  );
}

/** A list's station filter: all the person's stations ('') or one of them. */
export function StationFilter({ value, onValue }: { value: string; onValue: (stationId: string) => void }) {
  return <StationSelect value={value} onValue={onValue} first={{ value: '', label: 'All stations' }} />;
}

/**
 * A record's station in a form. A record at a station the person cannot see keeps its id under
 * "Another station" (so saving does not move it); a new record starts at "Choose a station".
 */
export function RecordStationSelect(props: Omit<StationSelectProps, 'first'>) {
  const { me } = useSession();
  const known = me.stations.some((s) => s.id === props.value);
  const first = known
    ? undefined
    : { value: props.value, label: props.value ? 'Another station' : 'Choose a station' };
  return <StationSelect first={first} {...props} />;
}
