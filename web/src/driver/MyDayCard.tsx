import { Link } from 'react-router';
import { type TodayLine, useToday } from '../app/today.js';
import { ErrorNotice } from '../app/ui.js';
import { useStrings } from './i18n.js';
import { MY_DAY } from './MyDayStrings.js';

type Strings = (typeof MY_DAY)['en'];

const text = (p: TodayLine['params'], name: string): string | undefined => {
  const v = p?.[name];
  return v === undefined ? undefined : String(v);
};

/** A line of the DA's day in their language, from its key and facts (the server's English otherwise). */
function phrase(line: TodayLine, s: Strings): string {
  const p = line.params;
  switch (line.key) {
    case 'me.shift-today':
      return s.shiftToday(text(p, 'start') ?? '', text(p, 'route'), text(p, 'van'));
    case 'me.inspection':
      return s.inspection(text(p, 'van') ?? '');
    case 'me.shift-tomorrow':
      return s.shiftTomorrow(text(p, 'start') ?? '');
    case 'me.confirm-schedule':
      return s.confirm(line.count);
    case 'me.documents':
      return s.documents(line.count, Number(p?.days ?? 0));
    case 'me.coaching':
      return s.coaching(line.count);
    default:
      return line.title;
  }
}

/** What the DA has to do today, each line a tap to where it is done; only for a login with a DA record. */
export function MyDayCard() {
  const s = useStrings(MY_DAY);
  const today = useToday('driver');
  const lines = today.data?.items ?? [];
  return (
    <section className="driver-card" aria-labelledby="my-day" data-testid="my-day">
      <h2 id="my-day">{s.title}</h2>
      <ErrorNotice error={today.error} />
      {today.isSuccess && lines.length === 0 ? <p className="muted">{s.nothing}</p> : null}
      {lines.length > 0 ? (
        <ul className="today-lines">
          {lines.map((l) => (
            <li key={l.key} className={`today-${l.severity}`}>
              <Link to={l.link}>{phrase(l, s)}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
