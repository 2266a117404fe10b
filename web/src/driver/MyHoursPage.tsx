import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { money } from '../../../src/payroll/domain/text.js';
import { addDays } from '../../../src/shared/days.js';
import { errorMessage } from '../app/api.js';
import { Loading, Notice, StatusBadge, TextAreaField, TextField, useTitle } from '../app/ui.js';
import { type MyWeek, myPayrollApi, myPayrollKeys } from '../payroll/me-api.js';
import '../people/people.css';
import { BackToMe } from './BackToMe.js';
import { formatDateIn, useDriverLanguage } from './i18n.js';
import { MY_CLOCK } from './MyClockStrings.js';

type S = (typeof MY_CLOCK)['en'];
const hours = (minutes: number) => (minutes / 60).toFixed(2);

/**
 * The DA's hours of a week (issue 15 item 10): each day's work, meals and breaks, hours by pay code,
 * premiums owed and why, the pay at their rate with its arithmetic, and a way to question a day.
 */
export function MyHoursPage() {
  const lang = useDriverLanguage();
  const s = MY_CLOCK[lang];
  useTitle(s.hoursTitle);
  const [params] = useSearchParams();
  const week = params.get('week') ?? undefined;
  const mine = useQuery({ queryKey: myPayrollKeys.week(week), queryFn: () => myPayrollApi.week(week) });
  const data = mine.data;
  const date = (d: string) => formatDateIn(lang, d);
  return (
    <div className="driver-stack">
      <BackToMe label={s.back} />
      <section className="driver-card" aria-labelledby="hours-title" data-testid="my-hours">
        <h1 id="hours-title">{s.hoursTitle}</h1>
        {mine.isPending ? <Loading /> : null}
        {mine.error ? <Notice kind="warning">{s.noRecord}</Notice> : null}
        {data ? (
          <>
            <p>
              <strong>{s.weekOf(date(data.weekStart), date(data.weekEnd))}</strong>
            </p>
            <nav className="driver-actions week-nav">
              <Link className="big-button button-secondary" to={`?week=${addDays(data.weekStart, -7)}`}>
                {s.previousWeek}
              </Link>
              {week ? (
                <>
                  <Link className="big-button button-secondary" to={`?week=${addDays(data.weekStart, 7)}`}>
                    {s.nextWeek}
                  </Link>
                  <Link className="big-button button-secondary" to="?">
                    {s.thisWeek}
                  </Link>
                </>
              ) : null}
            </nav>
          </>
        ) : null}
      </section>
      {data ? <WeekDetails s={s} data={data} date={date} /> : null}
      {data ? <AskAboutDay s={s} data={data} date={date} /> : null}
    </div>
  );
}

function WeekDetails({ s, data, date }: { s: S; data: MyWeek; date: (d: string) => string }) {
  return (
    <>
      <section className="driver-card" aria-labelledby="days-title">
        <h2 id="days-title">{s.totals}</h2>
        <p>
          {(['REG', 'OT', 'DT'] as const)
            .map((c) => `${s.codes[c]} ${s.hours(hours(data.minutes[c]))}`)
            .join(' · ')}
        </p>
        <ul className="driver-list">
          {data.days.map((d) => (
            <li key={d.date} data-testid={`day-${d.date}`}>
              <div className="line">
                <strong>{date(d.date)}</strong>
                <span>
                  {d.worked.length === 0
                    ? s.noWork
                    : (['REG', 'OT', 'DT'] as const)
                        .filter((c) => d.minutes[c] > 0)
                        .map((c) => `${s.codes[c]} ${s.hours(hours(d.minutes[c]))}`)
                        .join(' · ')}
                </span>
              </div>
              {d.worked.map((w) => (
                <div key={`w${w.from}`} className="muted">
                  {s.worked} {w.from}–{w.to}
                </div>
              ))}
              {d.meals.map((m) => (
                <div key={`m${m.from}`} className="muted">
                  {s.meal} {m.from}–{m.to} ({m.minutes} min)
                </div>
              ))}
              {d.rests.map((r) => (
                <div key={`r${r.from}`} className="muted">
                  {s.rest} {r.from}–{r.to} ({r.minutes} min)
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
        <h2 id="premiums-title">{s.premiumsTitle}</h2>
        {data.premiums.length === 0 ? <p className="muted">{s.noPremiums}</p> : null}
        <ul className="driver-list">
          {data.premiums.map((p) => (
            <li key={`${p.date}${p.kind}`}>
              <div className="line">
                <strong>{s.premiumKinds[p.kind]}</strong>
                <StatusBadge
                  tone={p.status === 'settled' ? 'neutral' : p.status === 'reviewing' ? 'warn' : 'good'}
                >
                  {s.premiumStatus[p.status]}
                </StatusBadge>
              </div>
              <div className="muted">{date(p.date)}</div>
              <p>{p.why}</p>
              {p.reason ? <p className="muted">{s.managerSaid(p.reason)}</p> : null}
            </li>
          ))}
        </ul>
      </section>
      <section className="driver-card" aria-labelledby="pay-title">
        <h2 id="pay-title">{s.payTitle}</h2>
        {data.pay && data.hourlyRateCents !== null ? (
          <>
            <p>{s.rateIs(money(data.hourlyRateCents))}</p>
            <ul className="driver-list">
              {data.pay.lines.map((l) => (
                <li key={l.label}>
                  <div className="line">
                    <strong>{s.payLabels[l.label] ?? l.label}</strong>
                    <strong>{money(l.cents)}</strong>
                  </div>
                  <div className="muted">{l.arithmetic}</div>
                </li>
              ))}
              <li>
                <div className="line">
                  <strong>{s.total}</strong>
                  <strong>{money(data.pay.totalCents)}</strong>
                </div>
              </li>
            </ul>
            <p className="muted">{s.payNote}</p>
          </>
        ) : (
          <p className="muted">{s.noRate}</p>
        )}
        <p className="muted">{s.rulesIn(data.rules, data.station.code)}</p>
      </section>
      {data.outsideRadius.length > 0 ? (
        <section className="driver-card" aria-labelledby="outside-title">
          <h2 id="outside-title">{s.outsideTitle}</h2>
          <ul className="driver-list">
            {data.outsideRadius.map((o) => (
              <li key={`${o.workday}${o.kind}${o.time}`}>
                {date(o.workday)}: {s.outsideLine(s.actions[o.kind] ?? o.kind, o.time)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function AskAboutDay({ s, data, date }: { s: S; data: MyWeek; date: (d: string) => string }) {
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
  const submit = (e: FormEvent) => {
    e.preventDefault();
    ask.mutate();
  };
  return (
    <section className="driver-card" aria-labelledby="ask-title">
      <h2 id="ask-title">{s.askTitle}</h2>
      <p className="muted">{s.askHint}</p>
      <form onSubmit={submit} className="driver-actions">
        <TextField
          label={s.askDay}
          type="date"
          value={workday}
          onValue={setWorkday}
          min={data.weekStart}
          max={data.weekEnd}
          required
        />
        <TextAreaField
          label={s.askWords}
          value={text}
          onValue={setText}
          placeholder={s.askExample}
          required
          rows={3}
        />
        {ask.error ? <p className="notice notice-error">{errorMessage(ask.error)}</p> : null}
        {ask.isSuccess ? <Notice kind="success">{s.askSent}</Notice> : null}
        <button type="submit" className="big-button button-primary" disabled={ask.isPending}>
          {s.askSend}
        </button>
      </form>
      {data.questions.length > 0 ? (
        <>
          <h2>{s.questionsTitle}</h2>
          <ul className="driver-list" data-testid="my-questions">
            {data.questions.map((q) => (
              <li key={q.id}>
                <div className="line">
                  <strong>{date(q.workday)}</strong>
                  <StatusBadge tone={q.status === 'open' ? 'warn' : 'good'}>
                    {s.questionStatus[q.status]}
                  </StatusBadge>
                </div>
                {q.words.map((w) => (
                  <p key={w.askedAt}>“{w.text}”</p>
                ))}
                {q.reason ? <p className="muted">{s.answer(q.reason)}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
