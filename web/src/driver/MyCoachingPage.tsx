import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorNotice, Loading, Notice, StatusBadge, TextAreaField, TextField, useTitle } from '../app/ui.js';
import { coachingApi, coachingKeys, type MyItem, type MyItems } from '../coaching/api.js';
import { STATUS_TONES } from '../coaching/labels.js';
import '../coaching/coaching.css';
import { BackToMe } from './BackToMe.js';
import { formatDateIn, type Language, useDriverLanguage } from './i18n.js';
import { MY_COACHING } from './MyCoachingStrings.js';

type S = (typeof MY_COACHING)['en'];

const newestFirst = (items: MyItem[]) => [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

/** The DA's coaching, newest first, in their language: why, the evidence, and acknowledge or dispute. */
export function MyCoachingPage() {
  const lang = useDriverLanguage();
  const s = MY_COACHING[lang];
  useTitle(s.title);
  const mine = useQuery({ queryKey: coachingKeys.mine, queryFn: () => coachingApi.mine() });
  const items = newestFirst(mine.data?.items ?? []);
  return (
    <div className="driver-stack">
      <BackToMe label={s.back} />
      <section className="driver-card" aria-labelledby="coaching-title">
        <h1 id="coaching-title">{s.title}</h1>
        {mine.isPending ? <Loading /> : null}
        {mine.error ? <Notice kind="warning">{s.noRecord}</Notice> : null}
        {mine.isSuccess && items.length === 0 ? <Notice>{s.none}</Notice> : null}
      </section>
      {items.length > 0 ? (
        <ul className="driver-stack my-coaching" data-testid="my-coaching">
          {items.map((item) => (
            <MyCoachingItem key={item.id} item={item} lang={lang} s={s} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** One item as a card: what it is, why, its events and definition, the manager's answer, and the DA's buttons. */
function MyCoachingItem({ item, lang, s }: { item: MyItem; lang: Language; s: S }) {
  return (
    <li className={`driver-card${item.canAcknowledge ? ' coaching-waiting' : ''}`}>
      <div className="line">
        <h2>{item.title}</h2>
        <StatusBadge tone={STATUS_TONES[item.status]}>{s.statuses[item.status] ?? item.status}</StatusBadge>
      </div>
      <p className="muted">{s.weekOf(formatDateIn(lang, item.week))}</p>
      <p>{item.cause}</p>
      {item.definition ? <p className="muted">{item.definition}</p> : null}
      {item.events.length > 0 ? <Events item={item} lang={lang} s={s} /> : null}
      {item.managerNote ? (
        <p className="coaching-answer">
          <strong>{s.managerNote}</strong> {item.managerNote}
        </p>
      ) : null}
      {item.disputeText ? (
        <p className="coaching-answer">
          <strong>{s.youWrote}</strong> {item.disputeText}
        </p>
      ) : null}
      {item.resolution ? (
        <p>
          <strong>{s.resolutions[item.resolution]}</strong>
        </p>
      ) : null}
      {item.resolutionNote ? (
        <blockquote className="coaching-answer">{item.resolutionNote}</blockquote>
      ) : null}
      {item.acknowledgedAt ? (
        <p className="muted">{s.acknowledgedOn(formatDateIn(lang, item.acknowledgedAt.slice(0, 10)))}</p>
      ) : null}
      {item.warningPdf ? (
        <p>
          <a href={item.warningPdf} target="_blank" rel="noopener noreferrer">
            {s.readWarning}
            <span className="sr-only"> {s.newTab}</span>
          </a>
        </p>
      ) : null}
      <ItemButtons item={item} s={s} />
    </li>
  );
}

function Events({ item, lang, s }: { item: MyItem; lang: Language; s: S }) {
  return (
    <>
      <h3>{s.events}</h3>
      <ul className="events">
        {item.events.map((e) => (
          <li key={e.id}>
            {formatDateIn(lang, e.businessDate)} · {[e.type, e.subtype].filter(Boolean).join(' · ')}
            {e.videoLink ? (
              <>
                {' · '}
                <a href={e.videoLink} target="_blank" rel="noopener noreferrer">
                  {s.video}
                  <span className="sr-only"> {s.newTab}</span>
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Acknowledge (a written warning signed with the typed full name) or dispute in the DA's own words. */
function ItemButtons({ item, s }: { item: MyItem; s: S }) {
  const queryClient = useQueryClient();
  const [signature, setSignature] = useState('');
  const [disputing, setDisputing] = useState(false);
  const [text, setText] = useState('');
  const done = (saved: MyItem) =>
    queryClient.setQueryData<MyItems>(coachingKeys.mine, (old) =>
      old ? { ...old, items: old.items.map((i) => (i.id === saved.id ? saved : i)) } : old,
    );
  const acknowledge = useMutation({
    mutationFn: () => coachingApi.acknowledge(item.id, item.needsSignature ? signature.trim() : undefined),
    onSuccess: done,
  });
  const dispute = useMutation({
    mutationFn: () => coachingApi.dispute(item.id, text.trim()),
    onSuccess: done,
  });
  if (!item.canAcknowledge && !item.canDispute) return null;
  const busy = acknowledge.isPending || dispute.isPending;
  return (
    <div className="driver-actions">
      <ErrorNotice error={acknowledge.error ?? dispute.error} />
      {item.canAcknowledge && item.needsSignature && !disputing ? (
        <TextField
          label={s.sign}
          value={signature}
          onValue={setSignature}
          autoComplete="name"
          maxLength={200}
          hint={s.signHint(item.fullName)}
        />
      ) : null}
      {item.canAcknowledge && !disputing ? (
        <button
          type="button"
          className="big-button button-primary"
          disabled={busy || (item.needsSignature && !signature.trim())}
          onClick={() => acknowledge.mutate()}
        >
          {acknowledge.isPending ? s.sending : s.acknowledge}
        </button>
      ) : null}
      {item.canDispute && disputing ? (
        <>
          <TextAreaField
            label={s.disputeLabel}
            value={text}
            onValue={setText}
            rows={4}
            maxLength={2000}
            hint={s.disputeHint}
          />
          <button
            type="button"
            className="big-button button-primary"
            disabled={busy || text.trim().length < 3}
            onClick={() => dispute.mutate()}
          >
            {dispute.isPending ? s.sending : s.send}
          </button>
          <button type="button" className="big-button button-secondary" onClick={() => setDisputing(false)}>
            {s.cancel}
          </button>
        </>
      ) : null}
      {item.canDispute && !disputing ? (
        <button type="button" className="big-button button-secondary" onClick={() => setDisputing(true)}>
          {s.dispute}
        </button>
      ) : null}
    </div>
  );
}
