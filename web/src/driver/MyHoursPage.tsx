import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { addDays } from '../../../src/shared/days.js';
import { TextAreaField, TextField } from '../app/ui/fields.js';
import { Form, SubmitButton, whyNotReady } from '../app/ui/form.js';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import { useTitle } from '../app/ui/page.js';
import { Loading, StatusBadge } from '../app/ui/status.js';
import { type MyWeek, myPayrollApi, myPayrollKeys } from '../payroll/me-api.js';
import '../people/people.css';
import { BackToMe } from './BackToMe.js';
import { useDriverDates } from './intl.js';
import { MY_CLOCK, PUNCH_ACTIONS } from './MyClockMessages.js';
import {
  MY_HOURS,
  PAY_CODES,
  PAY_LINES,
  PREMIUM_KINDS,
  PREMIUM_STATUS,
  QUESTION_STATUS,
} from './MyHoursMessages.js';

const CODES = ['REG', 'OT', 'DT'] as const;
/** Whole dollars and cents of integer cents, for the currency format of the messages. */
const dollars = (cents: number) => cents / 100;

/**
 * The DA's hours of a week (issue 15 item 10): each day's work, meals and breaks, hours by pay code,
 * premiums owed and why, the pay at their rate with its arithmetic, and a way to question a day.
 */
export function MyHoursPage() {
  const t = useIntl().formatMessage;
  const { date } = useDriverDates();
  useTitle(t(MY_HOURS.title));
  const [params] = useSearchParams();
  const week = params.get('week') ?? undefined;
  const mine = useQuery({ queryKey: myPayrollKeys.week(week), queryFn: () => myPayrollApi.week(week) });
  const data = mine.data;
  return (
    <div className="driver-stack">
      <BackToMe label={t(MY_CLOCK.back)} />
      <section className="driver-card" aria-labelledby="hours-title" data-testid="my-hours">
        <h1 id="hours-title">{t(MY_HOURS.title)}</h1>
        {mine.isPending ? <Loading /> : null}
        {mine.error ? <Notice kind="warning">{t(MY_CLOCK.noRecord)}</Notice> : null}
        {data ? (
          <>
            <p>
              <strong>{t(MY_HOURS.weekOf, { from: date(data.weekStart), to: date(data.weekEnd) })}</strong>
            </p>
            <nav className="driver-actions week-nav">
              <Link className="big-button button-secondary" to={`?week=${addDays(data.weekStart, -7)}`}>
                {t(MY_HOURS.previousWeek)}
              </Link>
              {week ? (
                <>
                  <Link className="big-button button-secondary" to={`?week=${addDays(data.weekStart, 7)}`}>
                    {t(MY_HOURS.nextWeek)}
                  </Link>
                  <Link className="big-button button-secondary" to="?">
                    {t(MY_HOURS.thisWeek)}
                  </Link>
                </>
              ) : null}
            </nav>
          </>
        ) : null}
      </section>
      {data ? <WeekDetails data={data} /> : null}
      {data ? <AskAboutDay data={data} /> : null}
    </div>
  );
}

function WeekDetails({ data }: { data: MyWeek }) {
  const intl = useIntl();
  const t = intl.formatMessage;
  const { date } = useDriverDates();
  const codeHours = (minutes: MyWeek['minutes']) => (c: (typeof CODES)[number]) =>
    t(MY_HOURS.codeHours, { code: t(PAY_CODES[c]), h: minutes[c] / 60 });
  const payLine = (label: string) => {
    const known = PAY_LINES[label];
    return known ? t(known) : label;
  };
  const usd = (cents: number) => intl.formatNumber(dollars(cents), { style: 'currency', currency: 'USD' });
  return (
    <>
      <section className="driver-card" aria-labelledby="days-title">
        <h2 id="days-title">{t(MY_HOURS.totals)}</h2>
        <p>{CODES.map(codeHours(data.minutes)).join(' · ')}</p>
        <ul className="driver-list">
          {data.days.map((d) => (
            <li key={d.date} data-testid={`day-${d.date}`}>
              <div className="line">
                <strong>{date(d.date)}</strong>
                <span>
                  {d.worked.length === 0
                    ? t(MY_HOURS.noWork)
                    : CODES.filter((c) => d.minutes[c] > 0)
                        .map(codeHours(d.minutes))
                        .join(' · ')}
                </span>
              </div>
              {d.worked.map((w) => (
                <div key={`w${w.from}`} className="muted">
                  {t(MY_HOURS.worked)} {w.from}–{w.to}
                </div>
              ))}
              {d.meals.map((m) => (
                <div key={`m${m.from}`} className="muted">
                  {t(MY_HOURS.meal)} {m.from}–{m.to} ({t(MY_HOURS.minutes, { m: m.minutes })})
                </div>
              ))}
              {d.rests.map((r) => (
                <div key={`r${r.from}`} className="muted">
                  {t(MY_HOURS.rest)} {r.from}–{r.to} ({t(MY_HOURS.minutes, { m: r.minutes })})
                </div>
              ))}
              {[...d.problems, ...d.violations.map((v) => v.message)].map((m) => (
                <p key={m} className="notice notice-warning">
                  {m}
                </p>
              ))}
            </li>
          ))}
        </ul>
      </section>
      <section className="driver-card" aria-labelledby="premiums-title">
        <h2 id="premiums-title">{t(MY_HOURS.premiumsTitle)}</h2>
        {data.premiums.length === 0 ? <p className="muted">{t(MY_HOURS.noPremiums)}</p> : null}
        <ul className="driver-list">
          {data.premiums.map((p) => (
            <li key={`${p.date}${p.kind}`}>
              <div className="line">
                <strong>{t(PREMIUM_KINDS[p.kind])}</strong>
                <StatusBadge
                  tone={p.status === 'settled' ? 'neutral' : p.status === 'reviewing' ? 'warn' : 'good'}
                >
                  {t(PREMIUM_STATUS[p.status])}
                </StatusBadge>
              </div>
              <div className="muted">{date(p.date)}</div>
              <p>{p.why}</p>
              {p.reason ? <p className="muted">{t(MY_HOURS.managerSaid, { reason: p.reason })}</p> : null}
            </li>
          ))}
        </ul>
      </section>
      <section className="driver-card" aria-labelledby="pay-title">
        <h2 id="pay-title">{t(MY_HOURS.payTitle)}</h2>
        {data.pay && data.hourlyRateCents !== null ? (
          <>
            <p>{t(MY_HOURS.rateIs, { rate: dollars(data.hourlyRateCents) })}</p>
            <ul className="driver-list">
              {data.pay.lines.map((l) => (
                <li key={l.label}>
                  <div className="line">
                    <strong>{payLine(l.label)}</strong>
                    <strong>{usd(l.cents)}</strong>
                  </div>
                  <div className="muted">{l.arithmetic}</div>
                </li>
              ))}
              <li>
                <div className="line">
                  <strong>{t(MY_HOURS.total)}</strong>
                  <strong>{usd(data.pay.totalCents)}</strong>
                </div>
              </li>
            </ul>
            <p className="muted">{t(MY_HOURS.payNote)}</p>
          </>
        ) : (
          <p className="muted">{t(MY_HOURS.noRate)}</p>
        )}
        <p className="muted">{t(MY_HOURS.rulesIn, { rules: data.rules, station: data.station.code })}</p>
      </section>
      {data.outsideRadius.length > 0 ? (
        <section className="driver-card" aria-labelledby="outside-title">
          <h2 id="outside-title">{t(MY_HOURS.outsideTitle)}</h2>
          <ul className="driver-list">
            {data.outsideRadius.map((o) => (
              <li key={`${o.workday}${o.kind}${o.time}`}>
                {date(o.workday)}: {t(MY_HOURS.outsideLine, { kind: t(PUNCH_ACTIONS[o.kind]), time: o.time })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function AskAboutDay({ data }: { data: MyWeek }) {
  const t = useIntl().formatMessage;
  const { date } = useDriverDates();
  const client = useQueryClient();
  const firstWorked = data.days.find((d) => d.worked.length > 0)?.date ?? data.weekStart;
  const [workday, setWorkday] = useState(firstWorked);
  const [text, setText] = useState('');
  const ask = useMutation({
    mutationFn: () => myPayrollApi.ask({ workday, text }),
    onSuccess: () => {
      setText('');
      void client.invalidateQueries({ queryKey: myPayrollKeys.all });
    },
  });
  const whyNot = whyNotReady([
    [workday, t(MY_HOURS.askNeedDay)],
    [text.trim().length >= 3, t(MY_HOURS.askNeedWords)],
  ]);
  return (
    <section className="driver-card" aria-labelledby="ask-title">
      <h2 id="ask-title">{t(MY_HOURS.askTitle)}</h2>
      <p className="muted">{t(MY_HOURS.askHint)}</p>
      <Form onSubmit={() => ask.mutate()} className="driver-actions">
        <TextField
          label={t(MY_HOURS.askDay)}
          type="date"
          value={workday}
          onValue={(v) => {
            setWorkday(v);
            ask.reset();
          }}
          min={data.weekStart}
          max={data.weekEnd}
          required
        />
        <TextAreaField
          label={t(MY_HOURS.askWords)}
          value={text}
          onValue={(v) => {
            setText(v);
            ask.reset();
          }}
          placeholder={t(MY_HOURS.askExample)}
          maxLength={1000}
          required
          rows={3}
        />
        <ErrorNotice error={ask.error} />
        {ask.isSuccess ? <Notice kind="success">{t(MY_HOURS.askSent)}</Notice> : null}
        <SubmitButton
          className="big-button button-primary"
          pending={ask.isPending}
          pendingLabel={t(MY_HOURS.askSend)}
          disabled={Boolean(whyNot)}
          whyDisabled={whyNot}
        >
          {t(MY_HOURS.askSend)}
        </SubmitButton>
      </Form>
      {data.questions.length > 0 ? (
        <>
          <h2>{t(MY_HOURS.questionsTitle)}</h2>
          <ul className="driver-list" data-testid="my-questions">
            {data.questions.map((q) => (
              <li key={q.id}>
                <div className="line">
                  <strong>{date(q.workday)}</strong>
                  <StatusBadge tone={q.status === 'open' ? 'warn' : 'good'}>
                    {t(QUESTION_STATUS[q.status])}
                  </StatusBadge>
                </div>
                {q.words.map((w) => (
                  <p key={w.askedAt}>“{w.text}”</p>
                ))}
                {q.reason ? <p className="muted">{t(MY_HOURS.answer, { reason: q.reason })}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
