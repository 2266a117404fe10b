import { countsBy, perStation, type TodayContext, type TodayItem, type TodayScope } from '../app/slice.js';
import { can } from '../auth/domain/permissions.js';
import { counted } from '../shared/text.js';
import { countItems, countItemsByStation } from './store.js';

/** Written warnings a rule proposed and disputes, for managers; a DA's own items to acknowledge. */
export async function coachingToday(ctx: TodayContext, scope: TodayScope): Promise<TodayItem[]> {
  if (scope.driverId) return toAcknowledge(ctx, scope.orgId, scope.driverId);
  if (!can(scope.role, 'coaching.write') || ctx.stations.length === 0) return [];
  const stationIds = ctx.stations.map((s) => s.id);
  const [review, disputed] = await Promise.all([
    countItemsByStation(ctx.db, scope.orgId, {
      stationIds,
      kind: 'written_warning',
      notify: 'review',
      status: 'open',
    }),
    countItemsByStation(ctx.db, scope.orgId, { stationIds, status: 'disputed' }),
  ]);
  return [
    ...perStation(ctx.stations, countsBy(review), (s, n) => ({
      key: 'coaching.warnings-to-review',
      title: `${counted(n, 'written warning')} to review before ${n === 1 ? 'it reaches its DA' : 'they reach their DAs'} at ${s.code}`,
      severity: 'soon',
      link: '/coaching?tab=review',
    })),
    ...perStation(ctx.stations, countsBy(disputed), (s, n) => ({
      key: 'coaching.disputes',
      title: `${counted(n, 'coaching dispute')} to decide at ${s.code}`,
      severity: 'soon',
      link: '/coaching?status=disputed',
    })),
  ];
}

/** The DA's coaching sent to them and waiting for their acknowledgement (open, or upheld after a dispute). */
async function toAcknowledge(ctx: TodayContext, orgId: string, driverId: string): Promise<TodayItem[]> {
  const mine = { stationIds: null, driverId, notify: 'sent' } as const;
  const counts = await Promise.all(
    ['open', 'upheld'].map((status) => countItems(ctx.db, orgId, { ...mine, status })),
  );
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return [];
  return [
    {
      key: 'me.coaching',
      count: n,
      title: `${counted(n, 'coaching item')} to read and acknowledge`,
      severity: 'soon',
      link: '/me/coaching',
    },
  ];
}
