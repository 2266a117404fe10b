import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { fieldError, TextAreaField, TextField } from '../app/ui/fields.js';
import { Form, SubmitButton } from '../app/ui/form.js';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import { useTitle } from '../app/ui/page.js';
import { Loading, StatusBadge } from '../app/ui/status.js';
import { coachingApi, coachingKeys, type MyItem, type MyItems } from '../coaching/api.js';
import { STATUS_TONES } from '../coaching/labels.js';
import '../coaching/coaching.css';
import { BackToMe } from './BackToMe.js';
import { eventName } from './EventMessages.js';
import { useDriverDates } from './intl.js';
import { MY_COACHING, MY_COACHING_RESOLUTIONS, MY_COACHING_STATUSES } from './MyCoachingMessages.js';

const newestFirst = (items: MyItem[]) => [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

/** The DA's coaching, newest first, in their language: why, the evidence, and acknowledge or dispute. */
export function MyCoachingPage() {
  const t = useIntl().formatMessage;
  useTitle(t(MY_COACHING.title));
  const mine = useQuery({ queryKey: coachingKeys.mine, queryFn: () => coachingApi.mine() });
  const items = newestFirst(mine.data?.items ?? []);
  return (
    <div className="driver-stack">
      <BackToMe label={t(MY_COACHING.back)} />
      <section className="driver-card" aria-labelledby="coaching-title">
        <h1 id="coaching-title">{t(MY_COACHING.title)}</h1>
        {mine.isPending ? <Loading /> : null}
        {mine.error ? <Notice kind="warning">{t(MY_COACHING.noRecord)}</Notice> : null}
        {mine.isSuccess && items.length === 0 ? <Notice>{t(MY_COACHING.none)}</Notice> : null}
      </section>
      {items.length > 0 ? (
        <ul className="driver-stack my-coaching" data-testid="my-coaching">
          {items.map((item) => (
            <MyCoachingItem key={item.id} item={item} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** One item as a card: what it is, why, its events and definition, the manager's answer, and the DA's buttons. */
function MyCoachingItem({ item }: { item: MyItem }) {
  const t = useIntl().formatMessage;
  const dates = useDriverDates();
  return (
    <li className={`driver-card${item.canAcknowledge ? ' coaching-waiting' : ''}`}>
      <div className="line">
        <h2>{item.title}</h2>
        <StatusBadge tone={STATUS_TONES[item.status]}>{t(MY_COACHING_STATUSES[item.status])}</StatusBadge>
      </div>
      <p className="muted">{t(MY_COACHING.weekOf, { date: dates.date(item.week) })}</p>
      <p>{item.cause}</p>
      {item.definition ? <p className="muted">{item.definition}</p> : null}
      {item.events.length > 0 ? <Events item={item} /> : null}
      {item.managerNote ? (
        <p className="coaching-answer">
          <strong>{t(MY_COACHING.managerNote)}</strong> {item.managerNote}
        </p>
      ) : null}
      {item.disputeText ? (
        <p className="coaching-answer">
          <strong>{t(MY_COACHING.youWrote)}</strong> {item.disputeText}
        </p>
      ) : null}
      {item.resolution ? (
        <p>
          <strong>{t(MY_COACHING_RESOLUTIONS[item.resolution])}</strong>
        </p>
      ) : null}
      {item.resolutionNote ? (
        <blockquote className="coaching-answer">{item.resolutionNote}</blockquote>
      ) : null}
      {item.acknowledgedAt ? (
        <p className="muted">
          {t(MY_COACHING.acknowledgedOn, { date: dates.date(item.acknowledgedAt.slice(0, 10)) })}
        </p>
      ) : null}
      {item.warningPdf ? (
        <p>
          <a href={item.warningPdf} target="_blank" rel="noopener noreferrer">
            {t(MY_COACHING.readWarning)}
            <span className="sr-only"> {t(MY_COACHING.newTab)}</span>
          </a>
        </p>
      ) : null}
      <ItemButtons item={item} />
    </li>
  );
}

function Events({ item }: { item: MyItem }) {
  const intl = useIntl();
  const t = intl.formatMessage;
  const dates = useDriverDates();
  return (
    <>
      <h3>{t(MY_COACHING.events)}</h3>
      <ul className="events">
        {item.events.map((e) => (
          <li key={e.id}>
            {dates.date(e.businessDate)} ·{' '}
            {[e.type, e.subtype]
              .filter((name): name is string => Boolean(name))
              .map((name) => eventName(intl, name))
              .join(' · ')}
            {e.videoLink ? (
              <>
                {' · '}
                <a href={e.videoLink} target="_blank" rel="noopener noreferrer">
                  {t(MY_COACHING.video)}
                  <span className="sr-only"> {t(MY_COACHING.newTab)}</span>
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
function ItemButtons({ item }: { item: MyItem }) {
  const t = useIntl().formatMessage;
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
  const signWhy = item.needsSignature && !signature.trim() ? t(MY_COACHING.needSignature) : undefined;
  const wordsWhy = text.trim().length < 3 ? t(MY_COACHING.needWords) : undefined;
  return (
    <div className="driver-actions">
      {item.canAcknowledge && !disputing ? (
        <Form onSubmit={() => acknowledge.mutate()} className="driver-actions">
          {item.needsSignature ? (
            <TextField
              label={t(MY_COACHING.sign)}
              value={signature}
              onValue={(v) => {
                setSignature(v);
                acknowledge.reset();
              }}
              autoComplete="name"
              maxLength={200}
              required
              hint={t(MY_COACHING.signHint, { name: item.fullName })}
              error={fieldError(acknowledge.error, 'signature')}
            />
          ) : null}
          <ErrorNotice error={acknowledge.error} />
          <SubmitButton
            className="big-button button-primary"
            pending={acknowledge.isPending}
            pendingLabel={t(MY_COACHING.sending)}
            disabled={busy || Boolean(signWhy)}
            whyDisabled={signWhy}
          >
            {t(MY_COACHING.acknowledge)}
          </SubmitButton>
        </Form>
      ) : null}
      {item.canDispute && disputing ? (
        <Form onSubmit={() => dispute.mutate()} className="driver-actions">
          <TextAreaField
            label={t(MY_COACHING.disputeLabel)}
            value={text}
            onValue={(v) => {
              setText(v);
              dispute.reset();
            }}
            rows={4}
            minLength={3}
            maxLength={2000}
            required
            hint={t(MY_COACHING.disputeHint)}
            error={fieldError(dispute.error, 'text')}
          />
          <ErrorNotice error={dispute.error} />
          <SubmitButton
            className="big-button button-primary"
            pending={dispute.isPending}
            pendingLabel={t(MY_COACHING.sending)}
            disabled={busy || Boolean(wordsWhy)}
            whyDisabled={wordsWhy}
          >
            {t(MY_COACHING.send)}
          </SubmitButton>
          <button type="button" className="big-button button-secondary" onClick={() => setDisputing(false)}>
            {t(MY_COACHING.cancel)}
          </button>
        </Form>
      ) : null}
      {item.canDispute && !disputing ? (
        <button type="button" className="big-button button-secondary" onClick={() => setDisputing(true)}>
          {t(MY_COACHING.dispute)}
        </button>
      ) : null}
    </div>
  );
}
