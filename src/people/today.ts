import { perStation, type TodayContext, type TodayItem, type TodayScope } from '../app/slice.js';
import { can } from '../auth/domain/permissions.js';
import { daysBetween } from '../shared/days.js';
import { counted } from '../shared/text.js';
import { pendingDocuments } from './documents.js';
import { listDocumentsOf } from './documents-store.js';
import type { DocumentType } from './domain/documents.js';
import { expiringFor } from './domain/documents.js';
import { expiringDocuments } from './expiring-documents.js';
import { findDriver, toDriver } from './store.js';

/** Documents to renew (expired, or expiring within 7 days) and DAs' uploads to review. */
export async function peopleToday(ctx: TodayContext, scope: TodayScope): Promise<TodayItem[]> {
  if (scope.driverId) return myDocumentsLine(ctx, scope.orgId, scope.driverId);
  if (!can(scope.role, 'people.write') || ctx.stations.length === 0) return [];
  const [expiring, pending] = await Promise.all([
    expiringDocuments(ctx.db, scope, 7),
    pendingDocuments(ctx.db, scope),
  ]);
  const tally = (stationIds: string[]) => {
    const counts = new Map<string, number>();
    for (const id of stationIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  };
  const station = (e: { driver: { homeStationId: string } }) => e.driver.homeStationId;
  return [
    ...perStation(ctx.stations, tally(expiring.filter((e) => e.daysLeft < 0).map(station)), (s, n) => ({
      key: 'people.documents-expired',
      title: `${counted(n, 'document')} expired at ${s.code}`,
      severity: 'now',
      link: '/documents',
    })),
    ...perStation(ctx.stations, tally(expiring.filter((e) => e.daysLeft >= 0).map(station)), (s, n) => ({
      key: 'people.documents-expiring',
      title: `${counted(n, 'document')} expiring within 7 days at ${s.code}`,
      severity: 'soon',
      link: '/documents',
    })),
    ...perStation(ctx.stations, tally(pending.map(station)), (s, n) => ({
      key: 'people.documents-to-review',
      title: `${counted(n, 'document')} sent by DAs waiting for review at ${s.code}`,
      severity: 'soon',
      link: '/documents',
    })),
  ];
}

/** The DA's own documents expired or expiring within 7 days, on their home station's calendar. */
async function myDocumentsLine(ctx: TodayContext, orgId: string, driverId: string): Promise<TodayItem[]> {
  const row = await findDriver(ctx.db, orgId, driverId);
  const today = ctx.stations[0]?.today;
  if (!row || !today) return [];
  const approved = (await listDocumentsOf(ctx.db, orgId, driverId))
    .filter((d) => d.status === 'approved')
    .map((d) => ({ id: d.id, type: d.type as DocumentType, expiry: d.expiry, createdAt: d.created_at }));
  const items = expiringFor(toDriver(row), approved, today, 7);
  const soonest = items[0];
  if (!soonest) return [];
  return [
    {
      key: 'me.documents',
      count: items.length,
      title: `${counted(items.length, 'document')} to renew`,
      severity: daysBetween(today, soonest.expiry) < 0 ? 'now' : 'soon',
      link: '/me/documents',
      params: { days: daysBetween(today, soonest.expiry) },
    },
  ];
}
