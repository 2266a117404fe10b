import { useQuery } from '@tanstack/react-query';
import { Loading, Notice, StatusBadge, useTitle } from '../app/ui.js';
import { BackToMe } from './BackToMe.js';
import '../people/people.css';
import { formatPoints } from '../people/record-labels.js';
import { type AttendanceKind, recordKeys, recordsApi, type WindowCounts } from '../people/records-api.js';
import { formatDateIn, useDriverLanguage } from './i18n.js';
import { MY_ATTENDANCE } from './MyAttendanceStrings.js';

const KINDS: AttendanceKind[] = ['callout', 'ncns', 'late', 'left_early', 'sent_home'];

/** The DA's own attendance on their phone: points against the flag, what was logged, and the rules. */
export function MyAttendancePage() {
  const lang = useDriverLanguage();
  const s = MY_ATTENDANCE[lang];
  useTitle(s.title);
  const mine = useQuery({
    queryKey: [...recordKeys.mine, 'attendance'],
    queryFn: () => recordsApi.myAttendance(),
  });
  const data = mine.data;
  const counts = (w: WindowCounts) =>
    KINDS.filter((k) => w.counts[k] > 0)
      .map((k) => `${w.counts[k]} × ${s.kinds[k]}`)
      .join(', ') || s.nothing;

  return (
    <div className="driver-stack">
      <BackToMe label={s.back} />
      <section className="driver-card" aria-labelledby="att-title" data-testid="my-points">
        <h1 id="att-title">{s.title}</h1>
        {mine.isPending ? <Loading /> : null}
        {mine.error ? <Notice kind="warning">{s.noRecord}</Notice> : null}
        {data ? (
          <>
            <p>
              <span className="points-big">{formatPoints(data.summary.policyWindow.points)}</span>{' '}
              {s.points.toLowerCase()} {s.inDays(data.summary.policyWindow.days)}
            </p>
            {data.summary.flagged ? (
              <Notice kind="warning">{s.flagged(formatPoints(data.summary.flagPoints))}</Notice>
            ) : (
              <p className="muted">{s.underFlag(formatPoints(data.summary.flagPoints))}</p>
            )}
            <dl className="details">
              <dt>{s.last30}</dt>
              <dd>
                {s.pointsOf(formatPoints(data.summary.last30.points))} · {counts(data.summary.last30)}
              </dd>
              <dt>{s.last90}</dt>
              <dd>
                {s.pointsOf(formatPoints(data.summary.last90.points))} · {counts(data.summary.last90)}
              </dd>
            </dl>
          </>
        ) : null}
      </section>
      {data ? (
        <section className="driver-card" aria-labelledby="att-history">
          <h2 id="att-history">{s.history}</h2>
          {data.items.length === 0 ? <p className="muted">{s.none}</p> : null}
          <ul className="driver-list">
            {data.items.map((e) => (
              <li key={e.id}>
                <div className="line">
                  <strong>{s.kinds[e.kind]}</strong>
                  <span>
                    {e.excused ? (
                      <StatusBadge tone="good">{s.excused}</StatusBadge>
                    ) : (
                      s.pointsOf(formatPoints(e.points))
                    )}
                  </span>
                </div>
                <div className="muted">
                  {formatDateIn(lang, e.date)}
                  {e.kind === 'callout' && e.noticeHours !== null
                    ? ` · ${s.noticeHours(formatPoints(e.noticeHours))}`
                    : ''}
                  {e.kind === 'late' && e.lateMinutes !== null ? ` · ${s.lateMinutes(e.lateMinutes)}` : ''}
                </div>
                {e.reason ? <div>{e.reason}</div> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {data ? (
        <section className="driver-card" aria-labelledby="att-how">
          <h2 id="att-how">{s.howTitle}</h2>
          <p>{s.how(data.policy.windowDays, formatPoints(data.policy.flagPoints))}</p>
          <ul>
            <li>{s.rule(s.kinds.ncns ?? '', formatPoints(data.policy.ncnsPoints))}</li>
            <li>
              {s.rule(
                s.shortNotice(data.policy.shortNoticeHours),
                formatPoints(data.policy.calloutShortNoticePoints),
              )}
            </li>
            <li>
              {s.rule(s.withNotice(data.policy.shortNoticeHours), formatPoints(data.policy.calloutPoints))}
            </li>
            <li>{s.rule(s.lateAfter(data.policy.lateGraceMinutes), formatPoints(data.policy.latePoints))}</li>
            <li>{s.rule(s.kinds.left_early ?? '', formatPoints(data.policy.leftEarlyPoints))}</li>
            <li>{s.rule(s.kinds.sent_home ?? '', formatPoints(data.policy.sentHomePoints))}</li>
          </ul>
          <p className="muted">{s.excusedRule}</p>
        </section>
      ) : null}
    </div>
  );
}
