import { useSession } from './auth.js';
import { SelectField } from './ui/fields.js';

/** A list's station filter: all the person's stations ('') or one of them. */
export function StationFilter({ value, onValue }: { value: string; onValue: (stationId: string) => void }) {
  const { me } = useSession();
  return (
    <SelectField
      label="Station"
      value={value}
      onValue={onValue}
      options={[
        { value: '', label: 'All stations' },
        ...me.stations.map((s) => ({ value: s.id, label: `${s.code} · ${s.name}` })),
      ]}
    />
  );
}
