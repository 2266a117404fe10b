import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { fieldError, TextAreaField, TextField } from '../app/ui/fields.js';
import { Form, SubmitButton } from '../app/ui/form.js';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import { useTitle } from '../app/ui/page.js';
import { Loading, StatusBadge } from '../app/ui/status.js';
import { uploadFile } from '../files/api.js';
import { Thumb } from '../files/Thumb.js';
import { BackToMe } from './BackToMe.js';
import '../people/people.css';
import { type DriverDocument, recordKeys, recordsApi } from '../people/records-api.js';
import { MY_DRIVER_KEY } from './i18n.js';
import { useDriverDates } from './intl.js';
import { MY_DOCUMENTS, MY_DOCUMENTS_TYPES } from './MyDocumentsMessages.js';

type Card = 'drivers_license' | 'dot_medical_card';

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

function ExpiryLine({ expiry, today }: { expiry: string | null; today: string }) {
  const t = useIntl().formatMessage;
  const dates = useDriverDates();
  if (!expiry) return <StatusBadge tone="bad">{t(MY_DOCUMENTS.notOnFile)}</StatusBadge>;
  const days = daysBetween(today, expiry);
  const date = dates.date(expiry);
  if (days < 0) return <StatusBadge tone="bad">{t(MY_DOCUMENTS.expired, { d: date })}</StatusBadge>;
  if (days === 0) return <StatusBadge tone="bad">{t(MY_DOCUMENTS.expiresToday)}</StatusBadge>;
  if (days <= 30)
    return <StatusBadge tone="warn">{`${t(MY_DOCUMENTS.expiresIn, { n: days })} · ${date}`}</StatusBadge>;
  return <span>{t(MY_DOCUMENTS.validUntil, { d: date })}</span>;
}

/** The DA's documents on their phone: what is on file, and sending a renewed license or DOT card. */
export function MyDocumentsPage() {
  const t = useIntl().formatMessage;
  useTitle(t(MY_DOCUMENTS.title));
  const mine = useQuery({
    queryKey: [...recordKeys.mine, 'documents'],
    queryFn: () => recordsApi.myDocuments(),
  });
  const data = mine.data;

  return (
    <div className="driver-stack">
      <BackToMe label={t(MY_DOCUMENTS.back)} />
      <section className="driver-card" aria-labelledby="docs-title">
        <h1 id="docs-title">{t(MY_DOCUMENTS.title)}</h1>
        {mine.isPending ? <Loading /> : null}
        {mine.error ? <Notice kind="warning">{t(MY_DOCUMENTS.noRecord)}</Notice> : null}
        {data ? (
          <dl className="details">
            <dt>{t(MY_DOCUMENTS.license)}</dt>
            <dd>
              <ExpiryLine expiry={data.licenseExpiry} today={data.today} />
            </dd>
            {data.needsDotMedical ? (
              <>
                <dt>{t(MY_DOCUMENTS.dotCard)}</dt>
                <dd>
                  <ExpiryLine expiry={data.dotMedicalExpiry} today={data.today} />
                </dd>
              </>
            ) : null}
          </dl>
        ) : null}
      </section>
      {data ? <SendRenewal needsDot={data.needsDotMedical} today={data.today} /> : null}
      {data ? <DocumentList items={data.items} /> : null}
    </div>
  );
}

function SendRenewal({ needsDot, today }: { needsDot: boolean; today: string }) {
  const t = useIntl().formatMessage;
  const queryClient = useQueryClient();
  const [type, setType] = useState<Card>('drivers_license');
  const [file, setFile] = useState<File | null>(null);
  const [expiry, setExpiry] = useState('');
  const [note, setNote] = useState('');
  const [sent, setSent] = useState(false);
  const cameraId = useId();
  const fileId = useId();
  const send = useMutation({
    mutationFn: async () => {
      if (!file) throw new Error(t(MY_DOCUMENTS.fileHint));
      const uploaded = await uploadFile(file, file.name, 'document');
      return recordsApi.sendMyDocument({ type, fileId: uploaded.id, expiry, note: note.trim() || null });
    },
    onSuccess: async () => {
      setFile(null);
      setExpiry('');
      setNote('');
      setSent(true);
      await queryClient.invalidateQueries({ queryKey: recordKeys.mine });
      await queryClient.invalidateQueries({ queryKey: MY_DRIVER_KEY });
    },
  });
  const pick = (f: File | null) => {
    setFile(f);
    setSent(false);
    send.reset();
  };
  return (
    <section className="driver-card" aria-labelledby="send-title">
      <h2 id="send-title">{t(MY_DOCUMENTS.sendTitle)}</h2>
      <p className="muted">{t(MY_DOCUMENTS.sendIntro)}</p>
      {sent ? <Notice kind="success">{t(MY_DOCUMENTS.sent)}</Notice> : null}
      <Form onSubmit={() => send.mutate()}>
        <ErrorNotice error={send.error} />
        {needsDot ? (
          <fieldset className="driver-choice">
            <legend className="sr-only">{t(MY_DOCUMENTS.which)}</legend>
            {(['drivers_license', 'dot_medical_card'] as const).map((card) => (
              <label key={card}>
                <input
                  type="radio"
                  name="card"
                  value={card}
                  checked={type === card}
                  onChange={() => setType(card)}
                />
                {card === 'drivers_license' ? t(MY_DOCUMENTS.license) : t(MY_DOCUMENTS.dotCard)}
              </label>
            ))}
          </fieldset>
        ) : null}
        <div className="driver-actions">
          <input
            id={cameraId}
            className="sr-only driver-file"
            type="file"
            accept="image/*,application/pdf"
            capture="environment"
            onChange={(e) => pick(e.target.files?.[0] ?? null)}
          />
          <label htmlFor={cameraId} className="big-button button-primary">
            {t(MY_DOCUMENTS.takePhoto)}
          </label>
          <input
            id={fileId}
            className="sr-only driver-file"
            type="file"
            accept="image/*,application/pdf"
            onChange={(e) => pick(e.target.files?.[0] ?? null)}
          />
          <label htmlFor={fileId} className="big-button button-secondary">
            {t(MY_DOCUMENTS.chooseFile)}
          </label>
        </div>
        <p
          className={
            fieldError(send.error, 'file') || fieldError(send.error, 'fileId') ? 'field-error' : 'hint'
          }
        >
          {fieldError(send.error, 'file') ??
            fieldError(send.error, 'fileId') ??
            (file ? t(MY_DOCUMENTS.chosen, { n: file.name }) : t(MY_DOCUMENTS.fileHint))}
        </p>
        <TextField
          label={t(MY_DOCUMENTS.expiry)}
          type="date"
          value={expiry}
          onValue={(v) => {
            setExpiry(v);
            send.reset();
          }}
          min={today}
          required
          hint={t(MY_DOCUMENTS.expiryHint)}
          error={fieldError(send.error, 'expiry')}
        />
        <TextAreaField label={t(MY_DOCUMENTS.note)} value={note} onValue={setNote} rows={2} maxLength={500} />
        <div className="form-actions">
          <SubmitButton
            pending={send.isPending}
            pendingLabel={t(MY_DOCUMENTS.sending)}
            disabled={!file || !expiry}
            whyDisabled={file ? t(MY_DOCUMENTS.needExpiry) : t(MY_DOCUMENTS.needFile)}
          >
            {t(MY_DOCUMENTS.send)}
          </SubmitButton>
        </div>
      </Form>
    </section>
  );
}

function DocumentList({ items }: { items: DriverDocument[] }) {
  const t = useIntl().formatMessage;
  const dates = useDriverDates();
  const typeName = (type: string) =>
    type in MY_DOCUMENTS_TYPES ? t(MY_DOCUMENTS_TYPES[type as keyof typeof MY_DOCUMENTS_TYPES]) : type;
  const status = (d: DriverDocument) =>
    d.status === 'approved' ? (
      <StatusBadge tone="good">{t(MY_DOCUMENTS.approved)}</StatusBadge>
    ) : d.status === 'rejected' ? (
      <StatusBadge tone="bad">{t(MY_DOCUMENTS.rejected)}</StatusBadge>
    ) : (
      <StatusBadge tone="warn">{t(MY_DOCUMENTS.pending)}</StatusBadge>
    );
  return (
    <section className="driver-card" aria-labelledby="list-title">
      <h2 id="list-title">{t(MY_DOCUMENTS.myDocuments)}</h2>
      {items.length === 0 ? <p className="muted">{t(MY_DOCUMENTS.none)}</p> : null}
      <ul className="driver-list" data-testid="my-documents">
        {items.map((d) => (
          <li key={d.id}>
            <div className="line">
              <strong>{typeName(d.type)}</strong>
              {status(d)}
            </div>
            {d.expiry ? (
              <div className="muted">{t(MY_DOCUMENTS.validUntil, { d: dates.date(d.expiry) })}</div>
            ) : null}
            {d.status === 'rejected' && d.reviewNote ? (
              <p>{t(MY_DOCUMENTS.rejectedWhy, { w: d.reviewNote })}</p>
            ) : null}
            {d.file ? (
              <Thumb file={d.file} label={`${t(MY_DOCUMENTS.open)}: ${typeName(d.type)}`} />
            ) : (
              <p className="muted">{t(MY_DOCUMENTS.noFile)}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
