import { useQueryClient } from '@tanstack/react-query';
import { ConfirmDialog } from '../app/ui/dialog.js';
import { type AutoScheduleResult, scheduleApi, scheduleKeys, type Week } from './api.js';

/** Asks before auto-scheduling a week, saying what it does and that DAs see nothing until it is published. */
export function AutoScheduleDialog({
  week,
  onDone,
  onCancel,
}: {
  week: Week;
  onDone: (result: AutoScheduleResult) => void;
  onCancel: () => void;
}) {
  const queryClient = useQueryClient();
  return (
    <ConfirmDialog
      title="Auto-schedule the week?"
      confirmLabel="Auto-schedule"
      run={() => scheduleApi.autoSchedule(week.station.id, week.weekStart)}
      onDone={async (r) => {
        await queryClient.invalidateQueries({ queryKey: scheduleKeys.all });
        onDone(r);
      }}
      onCancel={onCancel}
    >
      <p>
        Stationhand puts DAs on route and standby shifts to cover the week’s demand, following each DA’s
        availability, the days they want and the scheduling rules, and says why a day stays short or a DA gets
        fewer days than asked. It may add shifts and take some off.
      </p>
      {week.published ? (
        <p className="notice notice-warning">
          This week is published: check the changes and publish again so DAs see them.
        </p>
      ) : (
        <p className="muted">Nothing reaches the DAs until you publish the week.</p>
      )}
    </ConfirmDialog>
  );
}
