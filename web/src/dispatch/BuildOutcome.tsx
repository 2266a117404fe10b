import { useMutation } from '@tanstack/react-query';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import { type BoardRoute, type BuildResult, dispatchApi } from './api.js';
import { hours } from './board-model.js';

const dollars = (cents: number) => `$${Math.round(cents / 100).toLocaleString('en-US')}`;

/**
 * What "Build roster" did: routes covered, each reason a route is still uncovered said once with its
 * routes, and the overtime that would cover more as one decision the dispatcher takes in one click.
 */
export function BuildOutcome({
  result,
  routes,
  stationId,
  date,
  onChange,
}: {
  result: BuildResult;
  /** The board's routes, for the version a call-in is made against. */
  routes: readonly BoardRoute[];
  stationId: string;
  date: string;
  /** A new result after the dispatcher approved or declined (the board reloads). */
  onChange: (r: BuildResult) => void;
}) {
  const decide = useMutation({
    mutationFn: (overtime: 'approve' | 'decline') =>
      dispatchApi.build(stationId, date, {
        overtime,
        ...(overtime === 'approve' ? { approvedMinutes: result.overtime.minutes } : {}),
      }),
    onSuccess: onChange,
  });
  // Calling in a DA off today is Find a DA's "Put on" (a shift for today, and they are told); the
  // roster is then built again, so the decision left is what still needs overtime.
  const callIn = useMutation({
    mutationFn: async (c: BuildResult['callIn'][number]) => {
      const version = routes.find((r) => r.id === c.routeId)?.version ?? 0;
      await dispatchApi.assign(c.routeId, { driverId: c.driverId, vanId: c.vanId, version });
      return dispatchApi.build(stationId, date);
    },
    onSuccess: onChange,
  });
  const { overtime } = result;
  const uncovered = result.uncovered.length;
  return (
    <section className="card build-outcome stack" aria-labelledby="build-outcome" data-testid="build-outcome">
      <h2 id="build-outcome">Roster built</h2>
      <p>
        {result.assigned} routes assigned
        {uncovered ? `; ${uncovered} uncovered.` : '; every route is covered.'}
        {overtime.status === 'approved' ? ` ${overtime.text}: approved.` : ''}
        {overtime.status === 'allowed' ? ` ${overtime.text} (the org allows overtime).` : ''}
      </p>
      {overtime.status === 'needs_approval' ? (
        <div className="overtime-decision" data-testid="overtime-decision">
          <p>
            <strong>
              {overtime.text} — covers {overtime.covers.join(', ')}.
            </strong>
          </p>
          <ul>
            {overtime.das.map((d) => (
              <li key={d.driverId}>
                {d.name} on {d.routeCode}: {hours(d.overtimeMinutes)} overtime, {hours(d.weekMinutes)} this
                week, {dollars(d.costCents)}
              </li>
            ))}
          </ul>
          <ErrorNotice error={decide.error} />
          <div className="form-actions">
            <button
              type="button"
              className="button-secondary"
              disabled={decide.isPending}
              onClick={() => decide.mutate('decline')}
            >
              Decline
            </button>
            <button
              type="button"
              className="button-primary"
              disabled={decide.isPending}
              onClick={() => decide.mutate('approve')}
            >
              Approve overtime
            </button>
          </div>
        </div>
      ) : null}
      {result.callIn.length ? (
        <div data-testid="call-in">
          <p>
            {overtime.status === 'needs_approval' ? 'Or call in' : 'Call in'} a DA who is off today and could
            take an uncovered route without overtime:
          </p>
          <ul className="call-in">
            {result.callIn.map((c) => (
              <li key={c.routeId}>
                {c.name} for {c.routeCode}{' '}
                <button
                  type="button"
                  className="button-secondary button-small"
                  disabled={callIn.isPending || decide.isPending}
                  onClick={() => callIn.mutate(c)}
                >
                  Call in {c.name}
                </button>
              </li>
            ))}
          </ul>
          <ErrorNotice error={callIn.error} />
        </div>
      ) : null}
      {overtime.status === 'declined' ? (
        <Notice kind="warning">Overtime declined: {overtime.covers.join(', ')} stay uncovered.</Notice>
      ) : null}
      {result.causes.length ? (
        <>
          <h3>Why routes are uncovered</h3>
          <ul className="build-causes">
            {result.causes.map((c) => (
              <li key={c.text}>
                <strong>{c.routeCodes.join(', ')}</strong>: {c.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
