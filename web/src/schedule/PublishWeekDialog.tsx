import { useQueryClient } from '@tanstack/react-query';
import { plural } from '../app/format.js';
import { ConfirmDialog } from '../app/ui/dialog.js';
import { scheduleApi, scheduleKeys, type Week } from './api.js';
import { formatDayShort, formatWeek } from './labels.js';

/** Asks before publishing a week: what the DAs will get, and the days still short. */
export function PublishWeekDialog({
  week,
  onDone,
  onCancel,
}: {
  week: Week;
  /** Called with what to tell the manager once the week is published. */
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const queryClient = useQueryClient();
  return (
    <ConfirmDialog
      title={`Publish the week of ${formatWeek(week.weekStart)}?`}
      confirmLabel="Publish week"
      run={() => scheduleApi.publish(week.station.id, week.weekStart)}
      onDone={async (r) => {
        await queryClient.invalidateQueries({ queryKey: scheduleKeys.all });
        onDone(
          `Published ${plural(r.shiftsPublished, 'shift')}. ${plural(r.dasNotified, 'DA')} notified to confirm their week.`,
        );
      }}
      onCancel={onCancel}
    >
      <p>
        {plural(week.unpublishedShifts, 'shift')} not yet published will show on the DAs’ phones. Each DA with
        a new shift gets their week in a message, in their language, and is asked to confirm it.
      </p>
      <ShortDays week={week} />
    </ConfirmDialog>
  );
}

/** Days still short, named before publishing. */
function ShortDays({ week }: { week: Week }) {
  const short = week.days.filter((d) => d.short.routes > 0 || d.short.standbys > 0);
  if (short.length === 0) return null;
  return (
    <div className="notice notice-warning">
      Still short:
      <ul>
        {short.map((d) => (
          <li key={d.date}>
            {formatDayShort(d.date)}:{' '}
            {[
              d.short.routes ? plural(d.short.routes, 'route') : null,
              d.short.standbys ? plural(d.short.standbys, 'standby', 'standbys') : null,
            ]
              .filter(Boolean)
              .join(', ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
