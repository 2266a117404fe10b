import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useId, useState } from 'react';
import { FormDialog } from '../app/ui/dialog.js';
import { Checkbox, fieldError, SelectField, TextAreaField, TextField } from '../app/ui/fields.js';
import { type FileRef, uploadFile } from '../files/api.js';
import { FileList } from '../files/Thumb.js';
import { peopleApi } from '../people/api.js';
import { centsToDollars, dollarsToCents, fullName } from '../people/labels.js';
import {
  CLAIM_STATUSES,
  type ClaimStatus,
  type Damage,
  type DamageInput,
  INSPECTIONS_KEY,
  inspectionsApi,
  type Panel,
  SEVERITIES,
  type Severity,
} from './api.js';
import { CLAIM_LABELS, SEVERITY_LABELS } from './labels.js';
import { PanelDiagram } from './PanelDiagram.js';

/** "2026-05-01T08:30" for a datetime-local field, in the browser's zone. */
function localInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Files picked in a form, uploaded at once, kept by reference until the form is saved. */
export function UploadField({
  label,
  purpose,
  files,
  onFiles,
  multiple = true,
}: {
  label: string;
  purpose: 'photo' | 'document';
  files: FileRef[];
  onFiles: (files: FileRef[]) => void;
  multiple?: boolean;
}) {
  const id = useId();
  const upload = useMutation({
    mutationFn: async (picked: File[]) => Promise.all(picked.map((f) => uploadFile(f, f.name, purpose))),
    onSuccess: (added) => onFiles(multiple ? [...files, ...added] : added),
  });
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        multiple={multiple}
        accept={purpose === 'photo' ? 'image/*' : 'application/pdf,image/jpeg,image/png'}
        onChange={(e: ChangeEvent<HTMLInputElement>) => {
          const picked = [...(e.target.files ?? [])];
          e.target.value = '';
          if (picked.length) upload.mutate(picked);
        }}
      />
      {upload.isPending ? <p className="hint">Uploading…</p> : null}
      {upload.error ? (
        <p className="field-error">{fieldError(upload.error, 'file') ?? String(upload.error)}</p>
      ) : null}
      <FileList files={files} empty="" />
      {files.length > 0 ? (
        <button type="button" className="button-ghost button-small" onClick={() => onFiles([])}>
          Remove {multiple ? 'all' : 'file'}
        </button>
      ) : null}
    </div>
  );
}

/** Report damage on a van, or edit a record (a found one is assessed here: severity, claim, cost). */
export function DamageDialog({
  vanId,
  stationId,
  damage,
  onClose,
}: {
  vanId: string;
  stationId: string;
  damage?: Damage;
  onClose: () => void;
}) {
  const client = useQueryClient();
  const [panels, setPanels] = useState<Panel[]>(damage?.panels ?? []);
  const [occurredAt, setOccurredAt] = useState(localInput(damage?.occurredAt ?? new Date().toISOString()));
  const [driverId, setDriverId] = useState(damage?.driverId ?? '');
  const [description, setDescription] = useState(damage?.description ?? '');
  const [severity, setSeverity] = useState<Severity>(damage?.severity ?? 'minor');
  const [thirdParty, setThirdParty] = useState(damage?.thirdParty ?? false);
  const [thirdPartyDetails, setThirdPartyDetails] = useState(damage?.thirdPartyDetails ?? '');
  const [policeReport, setPoliceReport] = useState(damage?.policeReport ?? '');
  const [claimStatus, setClaimStatus] = useState<ClaimStatus>(damage?.claimStatus ?? 'none');
  const [cost, setCost] = useState(centsToDollars(damage?.costCents));
  const [photos, setPhotos] = useState<FileRef[]>(damage?.photos ?? []);
  const drivers = useQuery({
    queryKey: ['drivers', 'for-damage', stationId],
    queryFn: () => peopleApi.drivers({ stationId, limit: 500 }),
  });
  const costCents = dollarsToCents(cost);
  const save = useMutation({
    mutationFn: () => {
      const input: DamageInput = {
        panels,
        occurredAt: new Date(occurredAt).toISOString(),
        driverId: driverId || null,
        description,
        severity,
        thirdParty,
        thirdPartyDetails: thirdParty ? thirdPartyDetails || null : null,
        policeReport: policeReport || null,
        claimStatus,
        costCents: costCents ?? null,
        photoIds: photos.map((p) => p.id),
      };
      return damage
        ? inspectionsApi.updateDamage(damage.id, input)
        : inspectionsApi.createDamage(vanId, input);
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: INSPECTIONS_KEY });
      onClose();
    },
  });
  const toggle = (p: Panel) =>
    setPanels((list) => (list.includes(p) ? list.filter((x) => x !== p) : [...list, p]));
  const daOptions = [
    { value: '', label: 'Not known' },
    ...(drivers.data?.items ?? []).map((d) => ({ value: d.id, label: fullName(d) })),
    ...(damage?.driverId && !drivers.data?.items.some((d) => d.id === damage.driverId)
      ? [{ value: damage.driverId, label: damage.driverName ?? 'DA of another station' }]
      : []),
  ];
  return (
    <FormDialog
      title={damage ? 'Edit damage' : 'Report damage'}
      onClose={onClose}
      submission={save}
      ready={panels.length > 0 && description.trim() !== '' && costCents !== undefined && occurredAt !== ''}
      whyNotReady="Mark at least one panel and fill in the description, cost and when it happened."
      submitLabel={damage ? 'Save' : 'Report damage'}
      pendingLabel="Saving…"
      wide
    >
      <fieldset className="field">
        <legend>Where on the van</legend>
        <PanelDiagram marked={panels} onToggle={toggle} />
        {fieldError(save.error, 'panels') ? (
          <p className="field-error">{fieldError(save.error, 'panels')}</p>
        ) : null}
      </fieldset>
      <TextField
        label="When"
        required
        type="datetime-local"
        value={occurredAt}
        onValue={setOccurredAt}
        error={fieldError(save.error, 'occurredAt')}
      />
      <SelectField
        label="Who was driving"
        value={driverId}
        onValue={setDriverId}
        options={daOptions}
        error={fieldError(save.error, 'driverId')}
      />
      <TextAreaField
        label="What happened"
        required
        value={description}
        onValue={setDescription}
        rows={3}
        error={fieldError(save.error, 'description')}
      />
      <SelectField
        label="Severity"
        value={severity}
        onValue={(v) => setSeverity(v as Severity)}
        options={SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s] }))}
      />
      <Checkbox label="Another party was involved" checked={thirdParty} onChecked={setThirdParty} />
      {thirdParty ? (
        <TextAreaField
          label="Other party (name, vehicle, insurer)"
          value={thirdPartyDetails}
          onValue={setThirdPartyDetails}
          rows={2}
        />
      ) : null}
      <TextField label="Police report number" value={policeReport} onValue={setPoliceReport} />
      <SelectField
        label="Claim status"
        value={claimStatus}
        onValue={(v) => setClaimStatus(v as ClaimStatus)}
        options={CLAIM_STATUSES.map((c) => ({ value: c, label: CLAIM_LABELS[c] }))}
      />
      <TextField
        label="Cost (estimate or claim, $)"
        required
        value={cost}
        onValue={setCost}
        inputMode="decimal"
        error={
          costCents === undefined ? 'Dollars and cents, e.g. 1250.00' : fieldError(save.error, 'costCents')
        }
      />
      <UploadField label="Photos" purpose="photo" files={photos} onFiles={setPhotos} />
    </FormDialog>
  );
}

/** A repair of a damage record: when, which shop, what it cost, its invoice. */
export function RepairDialog({ damage, onClose }: { damage: Damage; onClose: () => void }) {
  const client = useQueryClient();
  const [repairedOn, setRepairedOn] = useState(new Date().toISOString().slice(0, 10));
  const [vendor, setVendor] = useState('');
  const [cost, setCost] = useState('');
  const [note, setNote] = useState('');
  const [invoice, setInvoice] = useState<FileRef[]>([]);
  const costCents = dollarsToCents(cost);
  const save = useMutation({
    mutationFn: () =>
      inspectionsApi.addRepair(damage.id, {
        repairedOn,
        vendor,
        costCents: costCents ?? 0,
        note: note || null,
        invoiceFileId: invoice[0]?.id ?? null,
      }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: INSPECTIONS_KEY });
      onClose();
    },
  });
  return (
    <FormDialog
      title="Add a repair"
      onClose={onClose}
      submission={save}
      ready={vendor.trim() !== '' && typeof costCents === 'number' && repairedOn !== ''}
      whyNotReady="Fill in the vendor, cost and repair date."
      submitLabel="Add repair"
      pendingLabel="Saving…"
    >
      <TextField
        label="Repaired on"
        required
        type="date"
        value={repairedOn}
        onValue={setRepairedOn}
        error={fieldError(save.error, 'repairedOn')}
      />
      <TextField
        label="Shop"
        required
        value={vendor}
        onValue={setVendor}
        error={fieldError(save.error, 'vendor')}
      />
      <TextField
        label="Cost ($)"
        required
        value={cost}
        onValue={setCost}
        inputMode="decimal"
        error={
          costCents === undefined ? 'Dollars and cents, e.g. 480.00' : fieldError(save.error, 'costCents')
        }
      />
      <TextAreaField label="Note" value={note} onValue={setNote} rows={2} />
      <UploadField label="Invoice" purpose="document" files={invoice} onFiles={setInvoice} multiple={false} />
    </FormDialog>
  );
}
