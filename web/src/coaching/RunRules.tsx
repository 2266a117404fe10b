import { useMutation, useQueryClient } from '@tanstack/react-query';
import { plural } from '../app/format.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { coachingApi, coachingKeys, type RunResult } from './api.js';

const outcome = (r: RunResult) =>
  r.created === 0
    ? 'Rules ran: nothing new.'
    : `Rules ran: ${plural(r.created, 'new item')}; ${r.sent} told now, ${r.waiting} waiting for their next shift day.`;

/** Runs the rules on the station now (they also run by themselves when a performance file is imported). */
export function RunRules({ stationId }: { stationId: string }) {
  const queryClient = useQueryClient();
  const run = useMutation({
    mutationFn: () => coachingApi.run(stationId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coachingKeys.all }),
  });
  return (
    <div className="stack">
      <button type="button" className="button-primary" onClick={() => run.mutate()} disabled={run.isPending}>
        {run.isPending ? 'Running…' : 'Run rules now'}
      </button>
      <ErrorNotice error={run.error} />
      {run.data ? (
        <p className="hint" role="status">
          {outcome(run.data)}
        </p>
      ) : null}
    </div>
  );
}
