import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import { useTitle } from '../app/ui/page.js';
import { Loading, StatusBadge } from '../app/ui/status.js';
import { BackToMe } from './BackToMe.js';
import '../people/people.css';
import { type MySchedule, myKeys, myScheduleApi, type Shift } from '../schedule/api.js';
import { addDays } from '../schedule/labels.js';
import { hours, useDriverDates } from './intl.js';
import { MY_SCHEDULE, SHIFT_KINDS } from './MyScheduleMessages.js';
import { TodayCard, useMySchedule } from './MyTodayCard.js';

/** Shifts the DA can still confirm: published, not called out, today or later. */
const toConfirm = (data: MySchedule) =>
  data.shifts.filter((x) => x.status === 'scheduled' && !x.confirmedAt && x.date >= data.today);

/** The DA's published shifts this week and next, today's route and check-in, and confirming shifts. */
export function MySchedulePage() {
  const t = useIntl().formatMessage;
  const dates = useDriverDates();
  useTitle(t(MY_SCHEDULE.title));
  const queryClient = useQueryClient();
  const { hasRecord, recordPending, schedule } = useMySchedule();
  const data = schedule.data;
  const refresh = () => queryClient.invalidateQueries({ queryKey: myKeys.schedule });
  const confirm = useMutation({
    mutationFn: (id: string) => myScheduleApi.confirm(id),
    onSuccess: refresh,
  });
  const confirmAll = useMutation({
    mutationFn: async (ids: string[]) => {
      for (const id of ids) await myScheduleApi.confirm(id);
    },
    onSettled: refresh,
  });
  const open = data ? toConfirm(data) : [];
  const busy = confirm.isPending || confirmAll.isPending;

  return (
    <div className="driver-stack">
      <BackToMe label={t(MY_SCHEDULE.back)} />
      <section className="driver-card" aria-labelledby="schedule-title">
        <h1 id="schedule-title">{t(MY_SCHEDULE.title)}</h1>
        {recordPending || (hasRecord && schedule.isPending) ? <Loading /> : null}
        {!recordPending && !hasRecord ? <Notice kind="warning">{t(MY_SCHEDULE.noRecord)}</Notice> : null}
        <ErrorNotice error={schedule.error} />
        <ErrorNotice error={confirm.error ?? confirmAll.error} />
        {data && open.length > 1 ? (
          <div className="driver-actions">
            <button
              type="button"
              className="big-button button-primary"
              onClick={() => confirmAll.mutate(open.map((x) => x.id))}
              disabled={busy}
            >
              {confirmAll.isPending
                ? t(MY_SCHEDULE.confirming)
                : t(MY_SCHEDULE.confirmAll, { n: open.length })}
            </button>
          </div>
        ) : null}
        {data && data.shifts.length > 0 && open.length === 0 ? (
          <p className="muted">{t(MY_SCHEDULE.allConfirmed)}</p>
        ) : null}
      </section>
      {data ? <TodayCard data={data} /> : null}
      {data
        ? [0, 7].map((offset) => {
            const from = addDays(data.weekStart, offset);
            const to = addDays(from, 6);
            return (
              <WeekCard
                key={from}
                title={offset === 0 ? t(MY_SCHEDULE.thisWeek) : t(MY_SCHEDULE.nextWeek)}
                range={t(MY_SCHEDULE.weekOf, { a: dates.day(from), b: dates.day(to) })}
                shifts={data.shifts.filter((x) => x.date >= from && x.date <= to)}
                today={data.today}
                busy={busy}
                pendingId={confirm.isPending ? confirm.variables : undefined}
                onConfirm={(id) => confirm.mutate(id)}
              />
            );
          })
        : null}
    </div>
  );
}

function WeekCard({
  title,
  range,
  shifts,
  today,
  busy,
  pendingId,
  onConfirm,
}: {
  title: string;
  range: string;
  shifts: Shift[];
  today: string;
  busy: boolean;
  pendingId: string | undefined;
  onConfirm: (id: string) => void;
}) {
  const t = useIntl().formatMessage;
  const dates = useDriverDates();
  const id = `week-${title.replace(/\W+/g, '-')}`;
  return (
    <section className="driver-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="muted">{range}</p>
      {shifts.length === 0 ? <p className="muted">{t(MY_SCHEDULE.none)}</p> : null}
      <ul className="driver-list" data-testid="my-shifts">
        {shifts.map((x) => (
          <li key={x.id} className="my-shift" data-date={x.date} data-testid={`my-shift-${x.date}`}>
            <div className="line">
              <span className="when">{dates.day(x.date)}</span>
              {x.status === 'called_out' ? (
                <StatusBadge tone="bad">{t(MY_SCHEDULE.calledOut)}</StatusBadge>
              ) : x.status === 'no_show' ? (
                <StatusBadge tone="bad">{t(MY_SCHEDULE.noShow)}</StatusBadge>
              ) : x.confirmedAt ? (
                <StatusBadge tone="good">✓ {t(MY_SCHEDULE.confirmed)}</StatusBadge>
              ) : null}
            </div>
            <div>
              {t(MY_SCHEDULE.shiftLine, { k: t(SHIFT_KINDS[x.kind]), s: x.startTime, l: hours(x.minutes) })}
            </div>
            {x.note ? <div className="muted">{x.note}</div> : null}
            {x.status === 'scheduled' && !x.confirmedAt && x.date >= today ? (
              <button
                type="button"
                className="big-button button-secondary"
                onClick={() => onConfirm(x.id)}
                disabled={busy}
              >
                {pendingId === x.id ? t(MY_SCHEDULE.confirming) : t(MY_SCHEDULE.confirm)}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
