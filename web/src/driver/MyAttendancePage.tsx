import { useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { Notice } from '../app/ui/notice.js';
import { useTitle } from '../app/ui/page.js';
import { Loading, StatusBadge } from '../app/ui/status.js';
import { BackToMe } from './BackToMe.js';
import '../people/people.css';
import { type AttendanceKind, recordKeys, recordsApi, type WindowCounts } from '../people/records-api.js';
import { useDriverDates } from './intl.js';
import { MY_ATTENDANCE, MY_ATTENDANCE_KINDS } from './MyAttendanceMessages.js';

/** Points and hours to a tenth, as numbers: the catalogue's plural rules and the DA's locale format them. */
const tenths = (n: number) => Math.round(n * 10) / 10;

const KINDS: AttendanceKind[] = ['callout', 'ncns', 'late', 'left_early', 'sent_home'];

/** The DA's own attendance on their phone: points against the flag, what was logged, and the rules. */
export function MyAttendancePage() {
  const intl = useIntl();
  const t = intl.formatMessage;
  const dates = useDriverDates();
  useTitle(t(MY_ATTENDANCE.title));
  const mine = useQuery({
    queryKey: [...recordKeys.mine, 'attendance'],
    queryFn: () => recordsApi.myAttendance(),
  });
  const data = mine.data;
  const counts = (w: WindowCounts) =>
    KINDS.filter((k) => w.counts[k] > 0)
      .map((k) => `${w.counts[k]} × ${t(MY_ATTENDANCE_KINDS[k])}`)
      .join(', ') || t(MY_ATTENDANCE.nothing);

  return (
    <div className="driver-stack">
      <BackToMe label={t(MY_ATTENDANCE.back)} />
      <section className="driver-card" aria-labelledby="att-title" data-testid="my-points">
        <h1 id="att-title">{t(MY_ATTENDANCE.title)}</h1>
        {mine.isPending ? <Loading /> : null}
        {mine.error ? <Notice kind="warning">{t(MY_ATTENDANCE.noRecord)}</Notice> : null}
        {data ? (
          <>
            <p>
              <span className="points-big">
                {intl.formatNumber(tenths(data.summary.policyWindow.points))}
              </span>{' '}
              {t(MY_ATTENDANCE.points, { p: tenths(data.summary.policyWindow.points) })}{' '}
              {t(MY_ATTENDANCE.inDays, { d: data.summary.policyWindow.days })}
            </p>
            {data.summary.flagged ? (
              <Notice kind="warning">
                {t(MY_ATTENDANCE.flagged, { f: tenths(data.summary.flagPoints) })}
              </Notice>
            ) : (
              <p className="muted">{t(MY_ATTENDANCE.underFlag, { f: tenths(data.summary.flagPoints) })}</p>
            )}
            <dl className="details">
              <dt>{t(MY_ATTENDANCE.last30)}</dt>
              <dd>
                {t(MY_ATTENDANCE.pointsOf, { p: tenths(data.summary.last30.points) })} ·{' '}
                {counts(data.summary.last30)}
              </dd>
              <dt>{t(MY_ATTENDANCE.last90)}</dt>
              <dd>
                {t(MY_ATTENDANCE.pointsOf, { p: tenths(data.summary.last90.points) })} ·{' '}
                {counts(data.summary.last90)}
              </dd>
            </dl>
          </>
        ) : null}
      </section>
      {data ? (
        <section className="driver-card" aria-labelledby="att-history">
          <h2 id="att-history">{t(MY_ATTENDANCE.history)}</h2>
          {data.items.length === 0 ? <p className="muted">{t(MY_ATTENDANCE.none)}</p> : null}
          <ul className="driver-list">
            {data.items.map((e) => (
              <li key={e.id}>
                <div className="line">
                  <strong>{t(MY_ATTENDANCE_KINDS[e.kind])}</strong>
                  <span>
                    {e.excused ? (
                      <StatusBadge tone="good">{t(MY_ATTENDANCE.excused)}</StatusBadge>
                    ) : (
                      t(MY_ATTENDANCE.pointsOf, { p: tenths(e.points) })
                    )}
                  </span>
                </div>
                <div className="muted">
                  {dates.date(e.date)}
                  {e.kind === 'callout' && e.noticeHours !== null
                    ? ` · ${t(MY_ATTENDANCE.noticeHours, { h: tenths(e.noticeHours) })}`
                    : ''}
                  {e.kind === 'late' && e.lateMinutes !== null
                    ? ` · ${t(MY_ATTENDANCE.lateMinutes, { m: e.lateMinutes })}`
                    : ''}
                </div>
                {e.reason ? <div>{e.reason}</div> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {data ? (
        <section className="driver-card" aria-labelledby="att-how">
          <h2 id="att-how">{t(MY_ATTENDANCE.howTitle)}</h2>
          <p>{t(MY_ATTENDANCE.how, { w: data.policy.windowDays, f: tenths(data.policy.flagPoints) })}</p>
          <ul>
            <li>
              {t(MY_ATTENDANCE.rule, {
                what: t(MY_ATTENDANCE_KINDS.ncns),
                p: tenths(data.policy.ncnsPoints),
              })}
            </li>
            <li>
              {t(MY_ATTENDANCE.rule, {
                what: t(MY_ATTENDANCE.shortNotice, { h: data.policy.shortNoticeHours }),
                p: tenths(data.policy.calloutShortNoticePoints),
              })}
            </li>
            <li>
              {t(MY_ATTENDANCE.rule, {
                what: t(MY_ATTENDANCE.withNotice, { h: data.policy.shortNoticeHours }),
                p: tenths(data.policy.calloutPoints),
              })}
            </li>
            <li>
              {t(MY_ATTENDANCE.rule, {
                what: t(MY_ATTENDANCE.lateAfter, { m: data.policy.lateGraceMinutes }),
                p: tenths(data.policy.latePoints),
              })}
            </li>
            <li>
              {t(MY_ATTENDANCE.rule, {
                what: t(MY_ATTENDANCE_KINDS.left_early),
                p: tenths(data.policy.leftEarlyPoints),
              })}
            </li>
            <li>
              {t(MY_ATTENDANCE.rule, {
                what: t(MY_ATTENDANCE_KINDS.sent_home),
                p: tenths(data.policy.sentHomePoints),
              })}
            </li>
          </ul>
          <p className="muted">{t(MY_ATTENDANCE.excusedRule)}</p>
        </section>
      ) : null}
    </div>
  );
}
