import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { listDriversInStatuses } from '../people/store.js';
import { listMembers } from '../tenancy/member-store.js';
import type { DrivenRoute } from './performance-events.js';

/**
 * What the performance demo reads of the demo DSP once its dispatch history is written: the stations,
 * every DA with a Transporter ID, and each DA's closed routes with the van they drove.
 */

export interface DemoStation {
  id: string;
  code: string;
  timeZone: string;
}

export interface DemoDa {
  id: string;
  transporterId: string;
  name: string;
  stationId: string;
}

export interface PerformanceSource {
  orgName: string;
  stations: DemoStation[];
  das: DemoDa[];
  /** Closed routes by DA id, in date order. */
  routes: Map<string, DrivenRoute[]>;
}

async function closedRoutes(db: Db, orgId: string): Promise<Map<string, DrivenRoute[]>> {
  const rows = await db
    .selectFrom('routes')
    .leftJoin('vans', (j) =>
      j.onRef('vans.id', '=', 'routes.van_id').onRef('vans.org_id', '=', 'routes.org_id'),
    )
    .select([
      'routes.driver_id',
      'routes.business_date',
      'routes.actual_start',
      'routes.actual_end',
      'routes.stops_completed',
      'routes.packages_delivered',
      'routes.packages_returned',
      'vans.vin',
      'vans.fleet_number',
    ])
    .where('routes.org_id', '=', orgId)
    .where('routes.driver_id', 'is not', null)
    .where('routes.actual_end', 'is not', null)
    .orderBy('routes.business_date')
    .orderBy('routes.id')
    .execute();
  const out = new Map<string, DrivenRoute[]>();
  for (const r of rows) {
    const list = out.get(r.driver_id as string) ?? [];
    list.push({
      date: r.business_date,
      start: new Date(r.actual_start as string),
      end: new Date(r.actual_end as string),
      vin: r.vin,
      fleetNumber: r.fleet_number,
      stops: r.stops_completed ?? 0,
      delivered: r.packages_delivered ?? 0,
      returned: r.packages_returned ?? 0,
    });
    out.set(r.driver_id as string, list);
  }
  return out;
}

export async function loadPerformanceSource(db: Db, orgId: string): Promise<PerformanceSource> {
  const org = await db.selectFrom('orgs').select('name').where('id', '=', orgId).executeTakeFirstOrThrow();
  const stations = await db
    .selectFrom('stations')
    .select(['id', 'code', 'time_zone'])
    .where('org_id', '=', orgId)
    .orderBy('code')
    .execute();
  const drivers = await listDriversInStatuses(db, { orgId, stationIds: null }, [
    'applicant',
    'onboarding',
    'active',
    'inactive',
    'terminated',
  ]);
  return {
    orgName: org.name,
    stations: stations.map((s) => ({ id: s.id, code: s.code, timeZone: s.time_zone })),
    das: drivers.flatMap((d) =>
      d.transporterId
        ? [
            {
              id: d.id,
              transporterId: d.transporterId,
              name: `${d.firstName} ${d.lastName}`,
              stationId: d.homeStationId,
            },
          ]
        : [],
    ),
    routes: await closedRoutes(db, orgId),
  };
}

/** The demo's first member with a role (owner@demo.test, manager@demo.test) as an actor of every station. */
export async function memberActor(db: Db, orgId: string, role: 'owner' | 'manager'): Promise<Actor> {
  const member = (await listMembers(db, { orgId, stationIds: null }, { role, limit: 1 })).items[0];
  if (!member) throw new Error(`The demo org has no ${role}.`);
  return {
    orgId,
    userId: member.id,
    role,
    stationIds: null,
    label: `${member.name} <${member.email}>`,
  };
}

/** The demo's owner as an actor: the weekly files are imported as the owner would. */
export const ownerActor = (db: Db, orgId: string): Promise<Actor> => memberActor(db, orgId, 'owner');
