import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { plural } from '../app/format.js';
import { fieldError, SelectField, TextField } from '../app/ui/fields.js';
import { Notice } from '../app/ui/notice.js';
import { payrollApi, type QueuedException, RESOLUTION_LABELS } from './api.js';

type BulkResolution = 'overtime_approved' | 'waiver' | 'premium';

/**
 * Several open exceptions settled at once with one reason ("approve all overtime of this week for these
 * DAs"); each is audited on its own, and none is settled if one cannot be.
 */
export function BulkResolveBar({
  items,
  selected,
  onSelect,
  onDone,
}: {
  items: QueuedException[];
  selected: ReadonlySet<string>;
  onSelect: (ids: Set<string>) => void;
  onDone: (text: string) => void;
}) {
  const queryClient = useQueryClient();
  const [resolution, setResolution] = useState<BulkResolution>('overtime_approved');
  const [reason, setReason] = useState('');
  const open = items.filter((e) => e.status === 'open');
  const overtime = open.filter((e) => e.kind === 'unapproved_overtime');
  const save = useMutation({
    mutationFn: () => payrollApi.resolveMany({ ids: [...selected], resolution, reason }),
    onSuccess: async (res) => {
      await queryClient.invalidateQueries({ queryKey: ['payroll'] });
      onSelect(new Set());
      setReason('');
      onDone(`${plural(res.items.length, 'exception')} resolved: ${RESOLUTION_LABELS[resolution]}.`);
    },
  });
  if (open.length === 0) return null;
  return (
    <div className="card bulk-resolve stack">
      <div className="bulk-resolve-row">
        <strong>{selected.size} selected</strong>
        <button
          type="button"
          className="button-secondary"
          onClick={() => onSelect(new Set(overtime.map((e) => e.id)))}
        >
          Select all unapproved overtime shown ({overtime.length})
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => onSelect(new Set(open.map((e) => e.id)))}
        >
          Select all open shown ({open.length})
        </button>
        {selected.size > 0 ? (
          <button type="button" className="button-secondary" onClick={() => onSelect(new Set())}>
            Clear
          </button>
        ) : null}
      </div>
      {selected.size > 0 ? (
        <div className="bulk-resolve-row">
          <SelectField
            label="Resolution"
            value={resolution}
            onValue={(v) => setResolution(v as BulkResolution)}
            options={(['overtime_approved', 'waiver', 'premium'] as const).map((r) => ({
              value: r,
              label: RESOLUTION_LABELS[r],
            }))}
          />
          <TextField
            label="Reason (one for all, kept on each)"
            value={reason}
            onValue={setReason}
            error={fieldError(save.error, 'reason')}
          />
          <button
            type="button"
            className="button-primary"
            disabled={!reason.trim() || save.isPending}
            onClick={() => save.mutate()}
          >
            Resolve {plural(selected.size, 'exception')}
          </button>
        </div>
      ) : null}
      {save.error ? <Notice kind="warning">{save.error.message}</Notice> : null}
    </div>
  );
}
