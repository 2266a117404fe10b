import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { errorMessage } from '../app/api.js';
import { useSession } from '../app/auth.js';
import { formatDate, todayIn } from '../app/format.js';
import { CellLines, DataTable, RowButton } from '../app/table.js';
import { FormDialog } from '../app/ui/dialog.js';
import { fieldError, SelectField, TextAreaField, TextField } from '../app/ui/fields.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { type FileRef, uploadFile } from '../files/api.js';
import { Thumb } from '../files/Thumb.js';
import { dollarsToCents, formatMoney } from '../people/labels.js';
import { type DueItem, FLEET_KEY, fleetApi, type VanDetail } from './api.js';
import { DUE_LABELS, DUE_TONES, dueDetail, formatMiles, intervalLabel, wholeNumber } from './labels.js';

/** What the van needs (most urgent first), recording a service with its invoice, and the service history. */
export function VanMaintenanceTab({ van, onSaved }: { van: VanDetail; onSaved: (message: string) => void }) {
  const { can } = useSession();
  const maintenance = useQuery({
    queryKey: [...FLEET_KEY, 'van', van.id, 'maintenance'],
    queryFn: () => fleetApi.maintenance(van.id),
  });
  const [recording, setRecording] = useState<{ scheduleId: string | null } | null>(null);
  const canWrite = can('fleet.write');
  const items = (maintenance.data?.items ?? []).map((i) => ({ ...i, id: i.scheduleId }));
  const services = maintenance.data?.services ?? [];

  return (
    <div className="stack-lg">
      {canWrite ? (
        <div className="tab-actions">
          <button type="button" className="button-primary" onClick={() => setRecording({ scheduleId: null })}>
            Record a service
          </button>
        </div>
      ) : null}
      <QueryStatus query={maintenance} />
      <section className="stack" aria-labelledby="due-title">
        <h2 id="due-title" className="section-title">
          Maintenance due
        </h2>
        <DataTable
          caption="Maintenance due"
          card
          rows={items}
          rowClassName={(i) => (i.state === 'overdue' ? 'row-overdue' : undefined)}
          columns={[
            {
              header: 'Item',
              cell: (i) => (
                <CellLines
                  main={
                    <>
                      {i.name} {i.critical ? <StatusBadge tone="neutral">Critical</StatusBadge> : null}
                    </>
                  }
                  sub={intervalLabel(i)}
                />
              ),
            },
            {
              header: 'State',
              cell: (i) => (
                <CellLines
                  main={<StatusBadge tone={DUE_TONES[i.state]}>{DUE_LABELS[i.state]}</StatusBadge>}
                  sub={dueDetail(i)}
                />
              ),
            },
            { header: 'Due', cell: (i) => <DueAt item={i} /> },
            {
              header: 'Last done',
              className: 'hide-narrow',
              cell: (i) =>
                i.lastService ? (
                  `${formatDate(i.lastService.date)} at ${formatMiles(i.lastService.odometerMiles)}`
                ) : (
                  <span className="muted">No service on record</span>
                ),
            },
          ]}
          actions={
            canWrite
              ? (i) => (
                  <RowButton
                    label="Record"
                    subject={i.name}
                    onClick={() => setRecording({ scheduleId: i.scheduleId })}
                  />
                )
              : undefined
          }
        />
        {maintenance.isSuccess && items.length === 0 ? (
          <p className="muted">
            {van.status === 'returned'
              ? 'A returned van has no maintenance due.'
              : 'No maintenance schedule applies to this van type.'}
          </p>
        ) : null}
      </section>

      <section className="stack" aria-labelledby="services-title">
        <h2 id="services-title" className="section-title">
          Service history
        </h2>
        <DataTable
          caption="Service history"
          card
          rows={services}
          columns={[
            {
              header: 'Date',
              cell: (s) => <CellLines main={formatDate(s.serviceDate)} sub={formatMiles(s.odometerMiles)} />,
            },
            {
              header: 'Work',
              cell: (s) => <CellLines main={s.scheduleName ?? 'Repair'} sub={s.description} />,
            },
            { header: 'Vendor', cell: (s) => s.vendor },
            { header: 'Cost', className: 'num', cell: (s) => formatMoney(s.costCents) },
            {
              header: 'Invoice',
              cell: (s) =>
                s.invoice ? <Thumb file={s.invoice} label="Invoice" /> : <span className="muted">—</span>,
            },
            { header: 'Notes', className: 'hide-narrow', cell: (s) => s.notes ?? '' },
          ]}
        />
        {maintenance.isSuccess && services.length === 0 ? (
          <p className="muted">No services recorded yet.</p>
        ) : null}
      </section>

      {recording ? (
        <RecordServiceDialog
          van={van}
          items={maintenance.data?.items ?? []}
          scheduleId={recording.scheduleId}
          onClose={() => setRecording(null)}
          onSaved={(name) => {
            setRecording(null);
            onSaved(`${name} recorded for van ${van.fleetNumber}.`);
          }}
        />
      ) : null}
    </div>
  );
}

function DueAt({ item }: { item: DueItem }) {
  const parts = [
    item.dueAtMiles !== null ? formatMiles(item.dueAtMiles) : null,
    item.dueDate ? formatDate(item.dueDate) : null,
  ];
  return <>{parts.filter(Boolean).join(' or ') || '—'}</>;
}

function RecordServiceDialog({
  van,
  items,
  scheduleId,
  onClose,
  onSaved,
}: {
  van: VanDetail;
  items: DueItem[];
  scheduleId: string | null;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const queryClient = useQueryClient();
  const { me } = useSession();
  const today = todayIn(me.stations.find((s) => s.id === van.stationId)?.timeZone);
  const [item, setItem] = useState(scheduleId ?? '');
  const [date, setDate] = useState(today);
  const [odometer, setOdometer] = useState(van.odometerMiles === null ? '' : String(van.odometerMiles));
  const [vendor, setVendor] = useState('');
  const [description, setDescription] = useState('');
  const [cost, setCost] = useState('');
  const [notes, setNotes] = useState('');
  const [invoice, setInvoice] = useState<FileRef | null>(null);
  const fileId = useId();
  const upload = useMutation({
    mutationFn: (file: File) => uploadFile(file, file.name, 'document'),
    onSuccess: setInvoice,
  });
  const miles = wholeNumber(odometer);
  const costCents = dollarsToCents(cost);
  const name = items.find((i) => i.scheduleId === item)?.name ?? 'Repair';
  const save = useMutation({
    mutationFn: () =>
      fleetApi.recordService(van.id, {
        scheduleId: item || null,
        serviceDate: date,
        odometerMiles: miles ?? 0,
        vendor: vendor.trim(),
        description: description.trim() || null,
        costCents: costCents ?? 0,
        invoiceFileId: invoice?.id ?? null,
        notes: notes.trim() || null,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: FLEET_KEY });
      onSaved(name);
    },
  });
  const ready =
    Boolean(date && vendor.trim()) &&
    Number.isInteger(miles) &&
    typeof costCents === 'number' &&
    !upload.isPending;

  return (
    <FormDialog
      title={`Record a service on van ${van.fleetNumber}`}
      onClose={onClose}
      submission={save}
      ready={ready}
      whyNotReady={
        upload.isPending ? 'The invoice is still uploading.' : 'Fill in the date, vendor, odometer and cost.'
      }
      submitLabel="Record service"
      pendingLabel="Saving…"
      wide
    >
      <div className="form-grid">
        <SelectField
          label="Work done"
          value={item}
          onValue={setItem}
          options={[
            { value: '', label: 'Repair (not a scheduled item)' },
            ...items.map((i) => ({ value: i.scheduleId, label: i.name })),
          ]}
          error={fieldError(save.error, 'scheduleId')}
        />
        <TextField
          label="Date"
          type="date"
          value={date}
          onValue={setDate}
          max={today}
          error={fieldError(save.error, 'serviceDate')}
          required
        />
        <TextField
          label="Odometer (mi)"
          inputMode="numeric"
          value={odometer}
          onValue={setOdometer}
          error={
            fieldError(save.error, 'odometerMiles') ??
            (odometer && !Number.isInteger(miles) ? 'Whole miles, e.g. 45210.' : undefined)
          }
          hint="As on the invoice; it moves the van’s odometer forward."
          required
        />
        <TextField
          label="Vendor"
          value={vendor}
          onValue={setVendor}
          error={fieldError(save.error, 'vendor')}
          maxLength={80}
          required
        />
        <TextField
          label="Cost ($)"
          inputMode="decimal"
          value={cost}
          onValue={setCost}
          error={
            fieldError(save.error, 'costCents') ??
            (costCents === undefined ? 'Use dollars and cents, e.g. 89.99.' : undefined)
          }
          required
        />
        <TextField
          label="Description"
          value={description}
          onValue={setDescription}
          error={fieldError(save.error, 'description')}
          maxLength={200}
        />
      </div>
      <div className="field">
        <label htmlFor={fileId}>Invoice (PDF or photo)</label>
        <input
          id={fileId}
          type="file"
          accept="application/pdf,image/jpeg,image/png"
          onChange={(e) => {
            const file = e.target.files?.[0];
            setInvoice(null);
            if (file) upload.mutate(file);
          }}
        />
        {upload.isPending ? <p className="hint">Uploading…</p> : null}
        {upload.error ? <p className="field-error">{errorMessage(upload.error)}</p> : null}
        {fieldError(save.error, 'invoiceFileId') ? (
          <p className="field-error">{fieldError(save.error, 'invoiceFileId')}</p>
        ) : null}
        {invoice ? <Thumb file={invoice} /> : null}
      </div>
      <TextAreaField label="Notes" value={notes} onValue={setNotes} rows={2} maxLength={2000} />
    </FormDialog>
  );
}
