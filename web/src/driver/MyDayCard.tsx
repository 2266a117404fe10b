import { type IntlShape, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { type TodayLine, useToday } from '../app/today.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { MY_DAY } from './MyDayMessages.js';

const text = (p: TodayLine['params'], name: string): string | undefined => {
  const v = p?.[name];
  return v === undefined ? undefined : String(v);
};

/** A line of the DA's day in their language, from its key and facts (the server's English otherwise). */
function phrase(line: TodayLine, t: IntlShape['formatMessage']): string {
  const p = line.params;
  switch (line.key) {
    case 'me.shift-today': {
      const route = text(p, 'route');
      const van = text(p, 'van');
      return [
        t(MY_DAY.shiftToday, { start: text(p, 'start') ?? '' }),
        route ? t(MY_DAY.withRoute, { route }) : '',
        van ? t(MY_DAY.withVan, { van }) : '',
      ].join('');
    }
    case 'me.inspection':
      return t(MY_DAY.inspection, { van: text(p, 'van') ?? '' });
    case 'me.shift-tomorrow':
      return t(MY_DAY.shiftTomorrow, { start: text(p, 'start') ?? '' });
    case 'me.confirm-schedule':
      return t(MY_DAY.confirm, { n: line.count });
    case 'me.documents': {
      const days = Number(p?.days ?? 0);
      return t(MY_DAY.documents, { n: line.count, expired: days < 0 ? 'yes' : 'no', days });
    }
    case 'me.coaching':
      return t(MY_DAY.coaching, { n: line.count });
    default:
      return line.title;
  }
}

/** What the DA has to do today, each line a tap to where it is done; only for a login with a DA record. */
export function MyDayCard() {
  const t = useIntl().formatMessage;
  const today = useToday('driver');
  const lines = today.data?.items ?? [];
  return (
    <section className="driver-card" aria-labelledby="my-day" data-testid="my-day">
      <h2 id="my-day">{t(MY_DAY.title)}</h2>
      <ErrorNotice error={today.error} />
      {today.isSuccess && lines.length === 0 ? <p className="muted">{t(MY_DAY.nothing)}</p> : null}
      {lines.length > 0 ? (
        <ul className="today-lines">
          {lines.map((l) => (
            <li key={l.key} className={`today-${l.severity}`}>
              <Link to={l.link}>{phrase(l, t)}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
