import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { inStationScope } from '../auth/domain/permissions.js';
import { findDriver } from '../people/store.js';
import { rebuildExceptions } from './exceptions.js';
import {
  findEmployeeNumber,
  linkEmployeeNumber,
  listEmployeeNumbers,
  listEmployeePunchDays,
} from './store.js';

const EmployeeNumberOut = z.object({
  employeeNumber: z.string(),
  name: z.string(),
  driverId: z.string().nullable(),
});

/** The providers' employee numbers and their DAs: an unknown person from a timecard file is linked here. */
export function employeeNumberRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['payroll'];

  app.get(
    '/payroll/employee-numbers',
    {
      config: { access: { permission: 'payroll.read' } },
      schema: {
        tags,
        summary:
          'Employee numbers from timecard imports and their DAs; unlinked=true: those waiting to be linked',
        querystring: z.object({ unlinked: z.enum(['true', 'false']).optional() }),
        response: { 200: z.object({ items: z.array(EmployeeNumberOut) }) },
      },
    },
    async (req) => {
      const rows = await listEmployeeNumbers(db, actorOf(req).orgId);
      return {
        items: rows
          .filter((r) => req.query.unlinked !== 'true' || r.driver_id === null)
          .map((r) => ({ employeeNumber: r.employee_number, name: r.name, driverId: r.driver_id })),
      };
    },
  );

  app.put(
    '/payroll/employee-numbers/:employeeNumber',
    {
      config: { access: { permission: 'payroll.write' } },
      schema: {
        tags,
        summary: 'Link an employee number to a DA: its imported punches become the DA’s',
        params: z.object({ employeeNumber: z.string().min(1).max(40) }),
        body: z.object({ driverId: z.string().min(1).max(100) }),
        response: { 200: EmployeeNumberOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const before = await findEmployeeNumber(db, actor.orgId, req.params.employeeNumber);
      if (!before) throw notFound('Employee number');
      const da = await findDriver(db, actor.orgId, req.body.driverId);
      if (!da || !inStationScope(actor, da.home_station_id)) throw notFound('DA');
      const after = { ...before, driver_id: da.id };
      await db.transaction().execute(async (trx) => {
        await linkEmployeeNumber(trx, actor.orgId, before.employee_number, da.id);
        await recordAudit(trx, actor, {
          entity: 'employee_number',
          entityId: before.employee_number,
          before,
          after,
        });
      });
      for (const day of await listEmployeePunchDays(db, actor.orgId, before.employee_number))
        await rebuildExceptions(db, actor.orgId, day.station_id, day.workday);
      return { employeeNumber: after.employee_number, name: after.name, driverId: after.driver_id };
    },
  );
}
