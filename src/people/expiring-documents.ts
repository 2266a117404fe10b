import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { DriverDocumentsTable, DriverStatus } from '../db/schema.js';
import { localDate } from '../shared/dates.js';
import { daysBetween } from '../shared/days.js';
import { findOrgStationZones } from '../tenancy/store.js';
import { approvedWithExpiry } from './documents-store.js';
import { type DocumentType, type ExpiringItem, expiringFor } from './domain/documents.js';
import type { ExpiryWindow } from './domain/expiry.js';
import { groupBy } from './domain/group.js';
import { type Driver, listDriversInStatuses } from './store.js';

/** DAs whose documents are worth chasing: not those who have left. */
const CHASED: DriverStatus[] = ['applicant', 'onboarding', 'active'];

export interface ExpiringEntry extends ExpiringItem {
  driver: Pick<Driver, 'id' | 'firstName' | 'lastName' | 'homeStationId' | 'status'>;
  /** Days from the station's today to the expiry (negative: expired that many days ago). */
  daysLeft: number;
}

/** Groups approved documents by DA. */
const byDriver = (rows: DriverDocumentsTable[]) =>
  groupBy(
    rows,
    (r) => r.driver_id,
    (r) => ({ id: r.id, type: r.type as DocumentType, expiry: r.expiry, createdAt: r.created_at }),
  );

/**
 * What expires within `within` days, or has expired, for the DAs the actor may see, each on their home
 * station's calendar: the license and DOT card from the profile (uploaded or not), other documents by
 * their newest approved copy. Soonest first.
 */
export async function expiringDocuments(
  db: Db,
  actor: Actor,
  within: ExpiryWindow,
  stationId?: string,
  at: Date = new Date(),
): Promise<ExpiringEntry[]> {
  const drivers = await listDriversInStatuses(db, actor, CHASED, stationId);
  const zones = await findOrgStationZones(db, actor.orgId);
  const docs = byDriver(await approvedWithExpiry(db, actor.orgId));
  const entries: ExpiringEntry[] = [];
  for (const d of drivers) {
    const today = localDate(zones.get(d.homeStationId) ?? 'UTC', at);
    for (const item of expiringFor(d, docs.get(d.id) ?? [], today, within)) {
      entries.push({
        ...item,
        daysLeft: daysBetween(today, item.expiry),
        driver: {
          id: d.id,
          firstName: d.firstName,
          lastName: d.lastName,
          homeStationId: d.homeStationId,
          status: d.status,
        },
      });
    }
  }
  return entries.sort(
    (a, b) => a.daysLeft - b.daysLeft || a.driver.lastName.localeCompare(b.driver.lastName),
  );
}

/**
 * A test for the DAs list's "expiring" filter: whether a DA has anything expired or expiring within 30
 * days on their station's calendar (`todayAt`). One query for the whole org's documents.
 */
export async function expiringTest(
  db: Db,
  orgId: string,
  todayAt: (stationId: string) => string,
): Promise<(d: Driver) => boolean> {
  const docs = byDriver(await approvedWithExpiry(db, orgId));
  return (d) => expiringFor(d, docs.get(d.id) ?? [], todayAt(d.homeStationId), 30).length > 0;
}
