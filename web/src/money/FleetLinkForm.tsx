import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { SelectField } from '../app/ui/fields.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { fleetApi } from '../fleet/api.js';
import { type FleetBill, fleetBillsApi } from './fleet-api.js';

/** Links a billed van that no VIN or plate matched to one of the station's vans; its bills are checked again. */
export function FleetLinkForm({ stationId, bill }: { stationId: string; bill: FleetBill }) {
  const queryClient = useQueryClient();
  const [vanId, setVanId] = useState('');
  const vans = useQuery({
    queryKey: ['vans', 'link', stationId],
    queryFn: () => fleetApi.vans({ stationId }),
  });
  const link = useMutation({
    mutationFn: () => fleetBillsApi.link({ stationId, vin: bill.vin, plate: bill.plate, vanId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['money'] }),
  });
  const named = bill.vin ?? bill.plate ?? '';
  return (
    <div className="inline-form">
      <SelectField
        label={`Link ${named} to`}
        value={vanId}
        onValue={setVanId}
        options={[
          { value: '', label: 'Choose a van…' },
          ...(vans.data?.items ?? []).map((v) => ({
            value: v.id,
            label: `${v.fleetNumber} · ${v.plate ?? v.vin}`,
          })),
        ]}
      />
      <button type="button" disabled={!vanId || link.isPending} onClick={() => link.mutate()}>
        Link
      </button>
      {link.error ? <ErrorNotice error={link.error} /> : null}
    </div>
  );
}
