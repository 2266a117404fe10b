import { useQuery } from '@tanstack/react-query';
import { formatDate } from '../app/format.js';
import { QueryStatus } from '../app/ui/status.js';
import { payrollApi, payrollKeys } from './api.js';
import { hours } from './clock.js';

const TYPE_LABELS: Record<string, string> = {
  daily_overtime: 'Daily overtime',
  double_time: 'Double time',
  weekly_overtime: 'Weekly overtime',
  seventh_day: '7th day',
  meal: 'Meal',
  second_meal: 'Second meal',
  rest: 'Rest breaks',
  waiver_limit: 'Meal waiver',
  day_of_rest: 'Day of rest',
};

/** The rules in force today at the station, each with its law, and the org's own caps (read-only). */
export function RulesTab({ stationId }: { stationId: string }) {
  const query = useQuery({
    queryKey: payrollKeys.rules(stationId),
    queryFn: () => payrollApi.rules(stationId),
    enabled: Boolean(stationId),
  });
  const data = query.data;
  return (
    <div className="stack">
      <QueryStatus query={query} />
      {data ? (
        <>
          <p>
            <strong>{data.ruleSet.name}</strong> for {data.station.code} ({data.station.state}), in force on{' '}
            {formatDate(data.date)}. Bonuses enter the overtime rate by the{' '}
            {data.ruleSet.flatBonusMethod === 'california' ? 'California' : 'federal'} method.
          </p>
          <div className="table-wrap">
            <table className="rules-table">
              <thead>
                <tr>
                  <th scope="col">Rule</th>
                  <th scope="col">When</th>
                  <th scope="col">Pay</th>
                  <th scope="col">Law</th>
                </tr>
              </thead>
              <tbody>
                {data.ruleSet.rules.map((r) => (
                  <tr key={r.id}>
                    <td data-label="Rule">
                      {TYPE_LABELS[r.type] ?? r.type}
                      <div className="muted small">{r.id}</div>
                    </td>
                    <td data-label="When">
                      {r.terms.join('; ')}
                      {r.note ? <div className="muted small">{r.note}</div> : null}
                    </td>
                    <td data-label="Pay">{r.multiplier ? `${r.multiplier}× ${r.payCode ?? ''}` : '—'}</td>
                    <td data-label="Law">
                      {r.citation}
                      {r.from || r.to ? (
                        <div className="muted small">
                          {r.from ? `from ${formatDate(r.from)}` : ''} {r.to ? `to ${formatDate(r.to)}` : ''}
                        </div>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>The org’s caps</h3>
          <p className="muted">Flags for managers, not law: the org’s scheduling rules (Schedule → rules).</p>
          <ul>
            <li>At most {hours(data.caps.maxDayMinutes)} h in a day</li>
            <li>At most {hours(data.caps.maxRolling7DaysMinutes)} h in any 7 days</li>
            <li>At most {data.caps.maxDaysIn7} days worked in any 7</li>
            <li>
              {data.caps.overtimeNeedsApproval
                ? 'Overtime needs a manager’s approval'
                : 'Overtime allowed in advance'}
            </li>
          </ul>
        </>
      ) : null}
    </div>
  );
}
