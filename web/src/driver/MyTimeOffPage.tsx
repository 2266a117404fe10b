import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
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
import { BackToMe } from './BackToMe.js';
import '../people/people.css';
import { myKeys, myScheduleApi, type TimeOffRequest } from '../schedule/api.js';
import { TIME_OFF_TONES } from '../schedule/labels.js';
import { spanDays } from '../schedule/TimeOffQueue.js';
import { type Language, useDriverLanguage } from './i18n.js';
import { dayIn, MY_TIME_OFF } from './MyScheduleStrings.js';
import { useMySchedule } from './MyTodayCard.js';

type S = (typeof MY_TIME_OFF)['en'];

const span = (lang: Language, r: Pick<TimeOffRequest, 'firstDate' | 'lastDate'>) =>
  r.firstDate === r.lastDate
    ? dayIn(lang, r.firstDate)
    : `${dayIn(lang, r.firstDate)} – ${dayIn(lang, r.lastDate)}`;

/** The DA asks for time off and sees their requests, withdrawing one while it waits. */
export function MyTimeOffPage() {
  const lang = useDriverLanguage();
  const s = MY_TIME_OFF[lang];
  useTitle(s.title);
  const { hasRecord, recordPending } = useMySchedule();
  const availability = useQuery({
    queryKey: myKeys.availability,
    queryFn: () => myScheduleApi.availability(),
    enabled: hasRecord,
  });
  const data = availability.data;
  const [done, setDone] = useState<string | null>(null);
  const requests = [...(data?.timeOff ?? [])].sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));

  return (
    <div className="driver-stack">
      <BackToMe label={s.back} />
      <section className="driver-card" aria-labelledby="time-off-title">
        <h1 id="time-off-title">{s.title}</h1>
        <p className="muted">{s.intro}</p>
        {recordPending || (hasRecord && availability.isPending) ? <Loading /> : null}
        <ErrorNotice error={availability.error} />
        {done ? <Notice kind="success">{done}</Notice> : null}
        {data ? (
          <AskForm s={s} today={data.today} onSent={() => setDone(s.sent)} onChange={() => setDone(null)} />
        ) : null}
      </section>
      {data ? (
        <section className="driver-card" aria-labelledby="my-requests">
          <h2 id="my-requests">{s.mine}</h2>
          {requests.length === 0 ? <p className="muted">{s.none}</p> : null}
          <ul className="driver-list" data-testid="my-time-off">
            {requests.map((r) => (
              <Request
                key={r.id}
                r={r}
                s={s}
                lang={lang}
                today={data.today}
                onWithdrawn={() => setDone(s.withdrawn)}
              />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function AskForm({
  s,
  today,
  onSent,
  onChange,
}: {
  s: S;
  today: string;
  onSent: () => void;
  onChange: () => void;
}) {
  const queryClient = useQueryClient();
  const [firstDate, setFirstDate] = useState('');
  const [lastDate, setLastDate] = useState('');
  const [reason, setReason] = useState('');
  const order = firstDate && lastDate && lastDate < firstDate ? s.order : undefined;
  const ask = useMutation({
    mutationFn: () =>
      myScheduleApi.askTimeOff({ firstDate, lastDate: lastDate || firstDate, reason: reason.trim() || null }),
    onSuccess: async () => {
      setFirstDate('');
      setLastDate('');
      setReason('');
      await queryClient.invalidateQueries({ queryKey: myKeys.availability });
      onSent();
    },
  });
  return (
    <Form onSubmit={() => ask.mutate()}>
      <ErrorNotice error={ask.error} />
      <TextField
        label={s.firstDate}
        type="date"
        value={firstDate}
        min={today}
        required
        onValue={(v) => {
          setFirstDate(v);
          if (!lastDate || lastDate < v) setLastDate(v);
          onChange();
        }}
        error={fieldError(ask.error, 'firstDate')}
      />
      <TextField
        label={s.lastDate}
        type="date"
        value={lastDate}
        min={firstDate || today}
        onValue={setLastDate}
        hint={s.lastHint}
        error={order ?? fieldError(ask.error, 'lastDate')}
      />
      <TextAreaField
        label={s.reason}
        value={reason}
        onValue={setReason}
        rows={2}
        maxLength={500}
        hint={s.reasonHint}
        error={fieldError(ask.error, 'reason')}
      />
      <div className="form-actions">
        <SubmitButton
          pending={ask.isPending}
          pendingLabel={s.sending}
          disabled={!firstDate || Boolean(order)}
        >
          {s.send}
        </SubmitButton>
      </div>
    </Form>
  );
}

function Request({
  r,
  s,
  lang,
  today,
  onWithdrawn,
}: {
  r: TimeOffRequest;
  s: S;
  lang: Language;
  today: string;
  onWithdrawn: () => void;
}) {
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const withdraw = useMutation({
    mutationFn: () => myScheduleApi.withdraw(r.id),
    onSuccess: async () => {
      setAsking(false);
      await queryClient.invalidateQueries({ queryKey: myKeys.availability });
      onWithdrawn();
    },
  });
  // As the server allows: while it waits, or once approved until the first day off.
  const withdrawable = r.status === 'pending' || (r.status === 'approved' && r.firstDate > today);
  return (
    <li data-testid={`time-off-${r.firstDate}`}>
      <div className="line">
        <strong>{span(lang, r)}</strong>
        <StatusBadge tone={TIME_OFF_TONES[r.status]}>{s.statuses[r.status] ?? r.status}</StatusBadge>
      </div>
      <div className="muted">
        {s.days(spanDays(r))}
        {r.reason ? ` · ${r.reason}` : ''}
      </div>
      {r.decisionNote ? <p>{s.managerSaid(r.decisionNote)}</p> : null}
      {withdrawable ? (
        <div className="driver-actions">
          <ErrorNotice error={withdraw.error} />
          {asking ? (
            <>
              <p>
                <strong>{s.withdrawQuestion}</strong>
              </p>
              <button
                type="button"
                className="big-button button-danger"
                onClick={() => withdraw.mutate()}
                disabled={withdraw.isPending}
              >
                {s.withdrawYes}
              </button>
              <button type="button" className="big-button button-secondary" onClick={() => setAsking(false)}>
                {s.withdrawNo}
              </button>
            </>
          ) : (
            <button type="button" className="big-button button-danger-ghost" onClick={() => setAsking(true)}>
              {s.withdraw}
            </button>
          )}
        </div>
      ) : null}
    </li>
  );
}
