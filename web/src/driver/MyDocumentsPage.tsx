import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import {
  ErrorNotice,
  Form,
  fieldError,
  Loading,
  Notice,
  StatusBadge,
  SubmitButton,
  TextAreaField,
  TextField,
  useTitle,
} from '../app/ui.js';
import { uploadFile } from '../files/api.js';
import { Thumb } from '../files/Thumb.js';
import { BackToMe } from './BackToMe.js';
import '../people/people.css';
import { type DriverDocument, recordKeys, recordsApi } from '../people/records-api.js';
import { formatDateIn, type Language, MY_DRIVER_KEY, useDriverLanguage } from './i18n.js';
import { MY_DOCUMENTS } from './MyDocumentsStrings.js';

type Card = 'drivers_license' | 'dot_medical_card';
type S = (typeof MY_DOCUMENTS)['en'];

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

function ExpiryLine({
  expiry,
  today,
  s,
  lang,
}: {
  expiry: string | null;
  today: string;
  s: S;
  lang: Language;
}) {
  if (!expiry) return <StatusBadge tone="bad">{s.notOnFile}</StatusBadge>;
  const days = daysBetween(today, expiry);
  const date = formatDateIn(lang, expiry);
  if (days < 0) return <StatusBadge tone="bad">{s.expired(date)}</StatusBadge>;
  if (days === 0) return <StatusBadge tone="bad">{s.expiresToday}</StatusBadge>;
  if (days <= 30) return <StatusBadge tone="warn">{`${s.expiresIn(days)} · ${date}`}</StatusBadge>;
  return <span>{s.validUntil(date)}</span>;
}

/** The DA's documents on their phone: what is on file, and sending a renewed license or DOT card. */
export function MyDocumentsPage() {
  const lang = useDriverLanguage();
  const s = MY_DOCUMENTS[lang];
  useTitle(s.title);
  const mine = useQuery({
    queryKey: [...recordKeys.mine, 'documents'],
    queryFn: () => recordsApi.myDocuments(),
  });
  const data = mine.data;

  return (
    <div className="driver-stack">
      <BackToMe label={s.back} />
      <section className="driver-card" aria-labelledby="docs-title">
        <h1 id="docs-title">{s.title}</h1>
        {mine.isPending ? <Loading /> : null}
        {mine.error ? <Notice kind="warning">{s.noRecord}</Notice> : null}
        {data ? (
          <dl className="details">
            <dt>{s.license}</dt>
            <dd>
              <ExpiryLine expiry={data.licenseExpiry} today={data.today} s={s} lang={lang} />
            </dd>
            {data.needsDotMedical ? (
              <>
                <dt>{s.dotCard}</dt>
                <dd>
                  <ExpiryLine expiry={data.dotMedicalExpiry} today={data.today} s={s} lang={lang} />
                </dd>
              </>
            ) : null}
          </dl>
        ) : null}
      </section>
      {data ? <SendRenewal s={s} needsDot={data.needsDotMedical} today={data.today} /> : null}
      {data ? <DocumentList s={s} lang={lang} items={data.items} /> : null}
    </div>
  );
}

function SendRenewal({ s, needsDot, today }: { s: S; needsDot: boolean; today: string }) {
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
      if (!file) throw new Error(s.fileHint);
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
  };
  return (
    <section className="driver-card" aria-labelledby="send-title">
      <h2 id="send-title">{s.sendTitle}</h2>
      <p className="muted">{s.sendIntro}</p>
      {sent ? <Notice kind="success">{s.sent}</Notice> : null}
      <Form onSubmit={() => send.mutate()}>
        <ErrorNotice error={send.error} />
        {needsDot ? (
          <fieldset className="driver-choice">
            <legend className="sr-only">{s.which}</legend>
            {(['drivers_license', 'dot_medical_card'] as const).map((t) => (
              <label key={t}>
                <input type="radio" name="card" value={t} checked={type === t} onChange={() => setType(t)} />
                {t === 'drivers_license' ? s.license : s.dotCard}
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
            {s.takePhoto}
          </label>
          <input
            id={fileId}
            className="sr-only driver-file"
            type="file"
            accept="image/*,application/pdf"
            onChange={(e) => pick(e.target.files?.[0] ?? null)}
          />
          <label htmlFor={fileId} className="big-button button-secondary">
            {s.chooseFile}
          </label>
        </div>
        <p
          className={
            fieldError(send.error, 'file') || fieldError(send.error, 'fileId') ? 'field-error' : 'hint'
          }
        >
          {fieldError(send.error, 'file') ??
            fieldError(send.error, 'fileId') ??
            (file ? s.chosen(file.name) : s.fileHint)}
        </p>
        <TextField
          label={s.expiry}
          type="date"
          value={expiry}
          onValue={setExpiry}
          min={today}
          required
          hint={s.expiryHint}
          error={fieldError(send.error, 'expiry')}
        />
        <TextAreaField label={s.note} value={note} onValue={setNote} rows={2} maxLength={500} />
        <div className="form-actions">
          <SubmitButton pending={send.isPending} pendingLabel={s.sending} disabled={!file || !expiry}>
            {s.send}
          </SubmitButton>
        </div>
      </Form>
    </section>
  );
}

function DocumentList({ s, lang, items }: { s: S; lang: Language; items: DriverDocument[] }) {
  const status = (d: DriverDocument) =>
    d.status === 'approved' ? (
      <StatusBadge tone="good">{s.approved}</StatusBadge>
    ) : d.status === 'rejected' ? (
      <StatusBadge tone="bad">{s.rejected}</StatusBadge>
    ) : (
      <StatusBadge tone="warn">{s.pending}</StatusBadge>
    );
  return (
    <section className="driver-card" aria-labelledby="list-title">
      <h2 id="list-title">{s.myDocuments}</h2>
      {items.length === 0 ? <p className="muted">{s.none}</p> : null}
      <ul className="driver-list" data-testid="my-documents">
        {items.map((d) => (
          <li key={d.id}>
            <div className="line">
              <strong>{s.types[d.type] ?? d.type}</strong>
              {status(d)}
            </div>
            {d.expiry ? <div className="muted">{s.validUntil(formatDateIn(lang, d.expiry))}</div> : null}
            {d.status === 'rejected' && d.reviewNote ? <p>{s.rejectedWhy(d.reviewNote)}</p> : null}
            {d.file ? (
              <Thumb file={d.file} label={`${s.open}: ${s.types[d.type] ?? d.type}`} />
            ) : (
              <p className="muted">{s.noFile}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
