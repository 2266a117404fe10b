import { createHash } from 'node:crypto';
import { conflict, forbidden, HttpProblem, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { PayPeriodExportsTable } from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';
import { byOf } from './by.js';
import { type ExportPerson, ExportRefused, WRITERS } from './domain/exports/index.js';
import type { Provider } from './domain/pay-periods.js';
import type { ItemTotals } from './domain/period-totals.js';
import { payrollSettings } from './payroll-settings.js';
import { findExport, findPeriod, insertExport, listTotals } from './period-store.js';

/** A payroll file carries every station's DAs: only someone over the whole org makes or downloads one. */
function requireWholeOrg(actor: Actor): void {
  if (actor.stationIds !== null)
    throw forbidden(
      'A payroll file covers every station; someone limited to some stations cannot export it.',
    );
}

const ZERO_TOTALS = (): ItemTotals => ({
  REG: { minutes: 0, cents: 0 },
  OT: { minutes: 0, cents: 0 },
  DT: { minutes: 0, cents: 0 },
  MEAL: { minutes: 0, cents: 0 },
  REST: { minutes: 0, cents: 0 },
});

/**
 * Writes a closed period's file for a provider from the totals frozen at close (later edits change
 * nothing), and records it: who, when, the SHA-256 and size of the bytes, the bytes to download again.
 */
export async function exportPayPeriod(db: Db, actor: Actor, periodId: string, provider: Provider) {
  requireWholeOrg(actor);
  const period = await findPeriod(db, actor.orgId, periodId);
  if (!period) throw notFound('Pay period');
  if (period.status !== 'closed') throw conflict('Close the pay period before exporting it.');
  const people = new Map<string, ExportPerson>();
  for (const t of await listTotals(db, actor.orgId, [period.id])) {
    const person = people.get(t.driver_id) ?? {
      employeeNumber: t.employee_number,
      firstName: t.first_name,
      lastName: t.last_name,
      totals: ZERO_TOTALS(),
    };
    person.totals[t.pay_code as keyof ItemTotals] = { minutes: t.minutes, cents: t.cents };
    people.set(t.driver_id, person);
  }
  const { settings } = await payrollSettings(db, actor.orgId);
  let file: { fileName: string; content: string };
  try {
    file = WRITERS[provider]({
      period: { start: period.start_date, end: period.end_date },
      frequency: period.frequency,
      settings: settings.providers[provider],
      people: [...people.values()],
    });
  } catch (e) {
    if (e instanceof ExportRefused)
      throw new HttpProblem(422, 'Unprocessable Content', e.message, e.problems);
    throw e;
  }
  const bytes = Buffer.from(file.content, 'utf8');
  const row: PayPeriodExportsTable = {
    org_id: actor.orgId,
    id: newId(),
    period_id: period.id,
    provider,
    file_name: file.fileName,
    content: file.content,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    created_by: byOf(actor),
    created_at: nowIso(),
  };
  await db.transaction().execute(async (trx) => {
    await insertExport(trx, row);
    const { content: _bytes, ...recorded } = row;
    await recordAudit(trx, actor, {
      entity: 'pay_period_export',
      entityId: row.id,
      before: null,
      after: recorded,
    });
  });
  return row;
}

/** A recorded export's bytes, as made. */
export async function exportedFile(db: Db, actor: Actor, id: string) {
  requireWholeOrg(actor);
  const row = await findExport(db, actor.orgId, id);
  if (!row) throw notFound('Export');
  return row;
}
