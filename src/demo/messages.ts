import type { MessagesTable } from '../db/schema.js';
import { weekStartOf } from '../dispatch/domain/calendar.js';
import { routeAssignedText, weekPublishedText } from '../dispatch/domain/messages.js';
import { NO_SMS } from '../messaging/store.js';
import { groupBy } from '../people/domain/group.js';
import { newId } from '../shared/ids.js';
import type { Publishing } from './dispatch-rows.js';
import type { DaPlan, PlannedShift } from './schedule.js';
import type { StationStory, StoryDay } from './story.js';

/**
 * The in-app messages publishing sent each DA, in their language and with the texts the dispatch slice
 * writes: their week when it was published, their route, van, staging and wave when the day's roster
 * went out (or when a morning change gave them one). Messages older than two days have been read.
 */

const DAY = 86_400_000;

function message(
  rand: () => number,
  orgId: string,
  m: Pick<MessagesTable, 'driver_id' | 'topic' | 'dedupe_key' | 'body' | 'link' | 'created_at'>,
  now: Date,
): MessagesTable {
  const created = Date.parse(m.created_at);
  const read = now.getTime() - created > 2 * DAY ? new Date(created + (1 + rand() * 20) * 3_600_000) : null;
  return {
    org_id: orgId,
    id: newId(),
    channel: 'in_app',
    status: 'delivered',
    ...NO_SMS,
    ...m,
    read_at: read?.toISOString() ?? null,
  };
}

/** Each published week's schedule, to every DA with shifts in it. */
export function weekMessages(
  rand: () => number,
  orgId: string,
  story: StationStory,
  pub: Publishing,
  now: Date,
) {
  const das = new Map(story.plan.das.map((d) => [d.driver.id, d]));
  const shifts = story.plan.days.flatMap((d) => d.shifts);
  const byWeek = groupBy(shifts, (s) => weekStartOf(s.date));
  const out: MessagesTable[] = [];
  for (const [weekStart, at] of pub.weeks) {
    for (const [driverId, own] of groupBy(byWeek.get(weekStart) ?? [], (s: PlannedShift) => s.driverId)) {
      const da = das.get(driverId) as DaPlan;
      const lines = own.map((s) => ({ date: s.date, kind: s.kind, startTime: s.startTime }));
      out.push(
        message(
          rand,
          orgId,
          {
            driver_id: driverId,
            topic: 'week_published',
            dedupe_key: `week_published:${story.plan.station.id}:${weekStart}:${driverId}:${at}`,
            body: weekPublishedText(da.driver.language, weekStart, lines).body,
            link: '/me/schedule',
            created_at: at,
          },
          now,
        ),
      );
    }
  }
  return out;
}

/** A day's route messages: when the roster went out, or on the morning for a DA a change put on a route. */
export function routeMessages(
  rand: () => number,
  orgId: string,
  story: StationStory,
  day: StoryDay,
  route: { ids: string[]; versions: number[] },
  pub: Publishing,
  now: Date,
): MessagesTable[] {
  const das = new Map(story.plan.das.map((d) => [d.driver.id, d]));
  const vans = new Map(story.plan.vans.map((v) => [v.id, v.fleetNumber]));
  return (day.roster?.routes ?? []).flatMap((r, i) => {
    const da = das.get(r.driverId ?? '');
    const at = r.changed ? pub.mornings.get(day.date) : pub.rosters.get(day.date);
    if (!da || !at) return [];
    const id = route.ids[i] as string;
    return [
      message(
        rand,
        orgId,
        {
          driver_id: da.driver.id,
          topic: 'route_assigned',
          dedupe_key: `route_assigned:${id}:${da.driver.id}:${r.vanId ?? ''}:${route.versions[i]}`,
          body: routeAssignedText(da.driver.language, {
            date: day.date,
            code: r.route.code,
            waveTime: r.route.waveTime,
            stagingLocation: r.route.stagingLocation,
            van: r.vanId ? (vans.get(r.vanId) ?? null) : null,
          }).body,
          link: '/me',
          created_at: at,
        },
        now,
      ),
    ];
  });
}
