import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { fieldError, TextAreaField, TextField } from '../app/ui/fields.js';
import { Form, SubmitButton } from '../app/ui/form.js';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import { useTitle } from '../app/ui/page.js';
import { Loading, StatusBadge } from '../app/ui/status.js';
import { BackToMe } from './BackToMe.js';
import '../people/people.css';
import { myKeys, myScheduleApi, type TimeOffRequest } from '../schedule/api.js';
import { TIME_OFF_TONES } from '../schedule/labels.js';
import { spanDays } from '../schedule/TimeOffQueue.js';
import { useDriverDates } from './intl.js';
import { MY_TIME_OFF, MY_TIME_OFF_STATUSES } from './MyTimeOffMessages.js';
import { useMySchedule } from './MyTodayCard.js';

type Dates = ReturnType<typeof useDriverDates>;

const span = (dates: Dates, r: Pick<TimeOffRequest, 'firstDate' | 'lastDate'>) =>
  r.firstDate === r.lastDate
    ? dates.day(r.firstDate)
    : `${dates.day(r.firstDate)} – ${dates.day(r.lastDate)}`;

/** The DA asks for time off and sees their requests, withdrawing one while it waits. */
export function MyTimeOffPage() {
  const t = useIntl().formatMessage;
  useTitle(t(MY_TIME_OFF.title));
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
      <BackToMe label={t(MY_TIME_OFF.back)} />
      <section className="driver-card" aria-labelledby="time-off-title">
        <h1 id="time-off-title">{t(MY_TIME_OFF.title)}</h1>
        <p className="muted">{t(MY_TIME_OFF.intro)}</p>
        {recordPending || (hasRecord && availability.isPending) ? <Loading /> : null}
        <ErrorNotice error={availability.error} />
        {done ? <Notice kind="success">{done}</Notice> : null}
        {data ? (
          <AskForm
            today={data.today}
            onSent={() => setDone(t(MY_TIME_OFF.sent))}
            onChange={() => setDone(null)}
          />
        ) : null}
      </section>
      {data ? (
        <section className="driver-card" aria-labelledby="my-requests">
          <h2 id="my-requests">{t(MY_TIME_OFF.mine)}</h2>
          {requests.length === 0 ? <p className="muted">{t(MY_TIME_OFF.none)}</p> : null}
          <ul className="driver-list" data-testid="my-time-off">
            {requests.map((r) => (
              <Request
                key={r.id}
                r={r}
                today={data.today}
                onWithdrawn={() => setDone(t(MY_TIME_OFF.withdrawn))}
              />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function AskForm({ today, onSent, onChange }: { today: string; onSent: () => void; onChange: () => void }) {
  const t = useIntl().formatMessage;
  const queryClient = useQueryClient();
  const [firstDate, setFirstDate] = useState('');
  const [lastDate, setLastDate] = useState('');
  const [reason, setReason] = useState('');
  const order = firstDate && lastDate && lastDate < firstDate ? t(MY_TIME_OFF.order) : undefined;
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
        label={t(MY_TIME_OFF.firstDate)}
        type="date"
        value={firstDate}
        min={today}
        required
        onValue={(v) => {
          setFirstDate(v);
          if (!lastDate || lastDate < v) setLastDate(v);
          ask.reset();
          onChange();
        }}
        error={fieldError(ask.error, 'firstDate')}
      />
      <TextField
        label={t(MY_TIME_OFF.lastDate)}
        type="date"
        value={lastDate}
        min={firstDate || today}
        onValue={(v) => {
          setLastDate(v);
          ask.reset();
        }}
        hint={t(MY_TIME_OFF.lastHint)}
        error={order ?? fieldError(ask.error, 'lastDate')}
      />
      <TextAreaField
        label={t(MY_TIME_OFF.reason)}
        value={reason}
        onValue={setReason}
        rows={2}
        maxLength={500}
        hint={t(MY_TIME_OFF.reasonHint)}
        error={fieldError(ask.error, 'reason')}
      />
      <div className="form-actions">
        <SubmitButton
          pending={ask.isPending}
          pendingLabel={t(MY_TIME_OFF.sending)}
          disabled={!firstDate || Boolean(order)}
          whyDisabled={firstDate ? order : t(MY_TIME_OFF.needFirst)}
        >
          {t(MY_TIME_OFF.send)}
        </SubmitButton>
      </div>
    </Form>
  );
}

function Request({ r, today, onWithdrawn }: { r: TimeOffRequest; today: string; onWithdrawn: () => void }) {
  const t = useIntl().formatMessage;
  const dates = useDriverDates();
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
        <strong>{span(dates, r)}</strong>
        <StatusBadge tone={TIME_OFF_TONES[r.status]}>{t(MY_TIME_OFF_STATUSES[r.status])}</StatusBadge>
      </div>
      <div className="muted">
        {t(MY_TIME_OFF.days, { n: spanDays(r) })}
        {r.reason ? ` · ${r.reason}` : ''}
      </div>
      {r.decisionNote ? <p>{t(MY_TIME_OFF.managerSaid, { n: r.decisionNote })}</p> : null}
      {withdrawable ? (
        <div className="driver-actions">
          <ErrorNotice error={withdraw.error} />
          {asking ? (
            <>
              <p>
                <strong>{t(MY_TIME_OFF.withdrawQuestion)}</strong>
              </p>
              <button
                type="button"
                className="big-button button-danger"
                onClick={() => withdraw.mutate()}
                disabled={withdraw.isPending}
              >
                {t(MY_TIME_OFF.withdrawYes)}
              </button>
              <button type="button" className="big-button button-secondary" onClick={() => setAsking(false)}>
                {t(MY_TIME_OFF.withdrawNo)}
              </button>
            </>
          ) : (
            <button type="button" className="big-button button-danger-ghost" onClick={() => setAsking(true)}>
              {t(MY_TIME_OFF.withdraw)}
            </button>
          )}
        </div>
      ) : null}
    </li>
  );
}
