import { z } from 'zod';
import { conflict } from '../app/problems.js';
import { recordAudits } from '../audit/store.js';
import type { RoutesTable } from '../db/schema.js';
import type { ImportField, ImportKind, ImportScope } from '../imports/domain/kind.js';
import { cellsParser } from '../imports/domain/parse-cells.js';
import { listDriverKeys } from '../people/store.js';
import { deleteRoute, findRoute, insertRoutes, listDayRoutes, touchDay, updateRoute } from './day-store.js';
import { unassigned } from './delivery-routes.js';
import { PlannedDuration, RouteCount, RouteVanType, WaveTime } from './domain/route-cells.js';

const fields: ImportField[] = [
  {
    name: 'code',
    label: 'Route code',
    required: true,
    aliases: ['route', 'route id', 'route name', 'route code'],
  },
  {
    name: 'waveTime',
    label: 'Wave time',
    required: true,
    aliases: ['wave', 'dispatch time', 'departure time', 'start time', 'wave start'],
  },
  {
    name: 'stagingLocation',
    label: 'Staging location',
    required: false,
    aliases: ['staging', 'stage', 'staging area'],
  },
  { name: 'serviceType', label: 'Service type', required: false, aliases: ['route type', 'service'] },
  {
    name: 'plannedMinutes',
    label: 'Planned duration',
    required: true,
    aliases: ['duration', 'route duration', 'planned minutes', 'planned hours'],
    description: '9:30, 570 min or 9.5 h',
  },
  {
    name: 'stops',
    label: 'Stops',
    required: false,
    aliases: ['stop count', 'total stops', 'number of stops'],
  },
  {
    name: 'packages',
    label: 'Packages',
    required: false,
    aliases: ['package count', 'pkgs', 'total packages'],
  },
  {
    name: 'vanType',
    label: 'Van type',
    required: true,
    aliases: ['vehicle type', 'equipment type', 'van'],
    description: 'EDV, CDV, step van or rental',
  },
  {
    name: 'transporterId',
    label: 'Transporter ID',
    required: false,
    aliases: ['da transporter id', 'driver transporter id'],
    description: 'The DA Amazon put on the route, if any: kept as a pinned assignment',
  },
];

const Text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .transform((s) => s || null);

const schemas = {
  code: z
    .string()
    .trim()
    .min(1, 'A route code, e.g. CX127.')
    .max(20, 'At most 20 characters.')
    .transform((s) => s.toUpperCase()),
  waveTime: WaveTime,
  stagingLocation: Text(40).optional(),
  serviceType: Text(60).optional(),
  plannedMinutes: PlannedDuration,
  stops: RouteCount.optional(),
  packages: RouteCount.optional(),
  vanType: RouteVanType,
  transporterId: Text(20).optional(),
};

interface RouteCells {
  code: string;
  waveTime: string;
  stagingLocation?: string | null | undefined;
  serviceType?: string | null | undefined;
  plannedMinutes: number;
  stops?: number | undefined;
  packages?: number | undefined;
  vanType: string;
  transporterId?: string | null | undefined;
}

interface RouteRow extends RouteCells {
  driverId: string | null;
}

/** The plan of a route as the file gives it: what an import writes and a re-import compares. */
const planOf = (r: RouteRow) => ({
  wave_time: r.waveTime,
  staging_location: r.stagingLocation ?? null,
  service_type: r.serviceType ?? null,
  planned_minutes: r.plannedMinutes,
  stops: r.stops ?? null,
  packages: r.packages ?? null,
  van_type: r.vanType,
});

const samePlan = (a: ReturnType<typeof planOf>, b: RoutesTable) =>
  (Object.keys(a) as (keyof typeof a)[]).every((k) => a[k] === b[k]);

function dayOf(scope: ImportScope): { stationId: string; date: string } {
  if (!scope.stationId || !scope.businessDate) throw new Error('routes import without a station and date');
  return { stationId: scope.stationId, date: scope.businessDate };
}

/**
 * A station's routes for one day from the Cortex route file (or a dispatcher's spreadsheet); natural
 * key: the route code. A re-import updates each route's plan and keeps who is on it; a Transporter ID
 * in the file puts that DA on the route as a pinned pair.
 */
export const routesImport: ImportKind<RouteRow, RouteCells> = {
  kind: 'routes',
  label: 'Routes of a day',
  permission: 'dispatch.write',
  needsStation: true,
  needsDate: true,
  entity: 'route',
  fields,
  reader: () => cellsParser(fields, schemas),
  async prepare(db, scope) {
    const byTransporterId = new Map(
      (await listDriverKeys(db, scope.orgId)).flatMap((d) =>
        d.transporter_id ? [[d.transporter_id, d.id] as const] : [],
      ),
    );
    // A Transporter ID no DA has yet keeps its route, unassigned; the result lists it to link.
    return (cells) => {
      const tid = cells.transporterId?.toUpperCase() ?? null;
      const driverId = tid ? (byTransporterId.get(tid) ?? null) : null;
      return { ok: true, row: { ...cells, transporterId: tid, driverId } };
    };
  },
  key: (row) => `route ${row.code}`,
  keyFields: ['code'],
  async apply(trx, scope, rows) {
    const { stationId, date } = dayOf(scope);
    const actor = { ...scope.actor, label: scope.auditLabel };
    const stored = new Map((await listDayRoutes(trx, scope.orgId, stationId, date)).map((r) => [r.code, r]));
    const out = [];
    const audits = [];
    for (const row of rows) {
      if (row.transporterId && !row.driverId) scope.unmatched?.add(row.transporterId);
      const before = stored.get(row.code);
      const plan = planOf(row);
      const pin = row.driverId
        ? { driver_id: row.driverId, pinned: 1 as const, assignment_why: '["From the route file."]' }
        : {};
      if (!before) {
        const [created] = (await insertRoutes(trx, scope.orgId, [
          {
            station_id: stationId,
            business_date: date,
            code: row.code,
            ...plan,
            ...unassigned,
            ...pin,
            source: 'import',
          },
        ])) as [RoutesTable];
        audits.push({ entity: 'route', entityId: created.id, before: null, after: created });
        out.push({ outcome: 'created' as const, entityId: created.id, before: null });
      } else if (samePlan(plan, before) && (!row.driverId || row.driverId === before.driver_id)) {
        out.push({ outcome: 'unchanged' as const, entityId: before.id, before });
      } else {
        await updateRoute(trx, scope.orgId, before.id, { ...plan, ...pin });
        const after = (await findRoute(trx, scope.orgId, before.id)) as RoutesTable;
        audits.push({ entity: 'route', entityId: before.id, before, after });
        out.push({ outcome: 'updated' as const, entityId: before.id, before: { ...before } });
      }
    }
    await recordAudits(trx, actor, audits);
    if (audits.length) await touchDay(trx, scope.orgId, stationId, date);
    return out;
  },
  async undo(trx, scope, entityId, before) {
    const actor = { ...scope.actor, label: scope.auditLabel };
    const current = await findRoute(trx, scope.orgId, entityId);
    if (!current) return;
    if (current.closed_at)
      throw conflict(`Route ${current.code} has been closed since: it stays for payroll.`);
    if (before === null) {
      await deleteRoute(trx, scope.orgId, entityId);
      await recordAudits(trx, actor, [{ entity: 'route', entityId, before: current, after: null }]);
    } else {
      const b = before as unknown as RoutesTable;
      await updateRoute(trx, scope.orgId, entityId, {
        wave_time: b.wave_time,
        staging_location: b.staging_location,
        service_type: b.service_type,
        planned_minutes: b.planned_minutes,
        stops: b.stops,
        packages: b.packages,
        van_type: b.van_type,
        driver_id: b.driver_id,
        pinned: b.pinned,
        assignment_why: b.assignment_why,
      });
      const after = await findRoute(trx, scope.orgId, entityId);
      await recordAudits(trx, actor, [{ entity: 'route', entityId, before: current, after: after ?? null }]);
    }
    await touchDay(trx, scope.orgId, current.station_id, current.business_date);
  },
};
