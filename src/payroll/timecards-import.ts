import { z } from 'zod';
import { recordAudits } from '../audit/store.js';
import type { Db } from '../db/database.js';
import type { PunchesTable, PunchKind } from '../db/schema.js';
import type { ImportField, ImportKind, ParsedRow } from '../imports/domain/kind.js';
import { cellsParser } from '../imports/domain/parse-cells.js';
import { importDateIn } from '../imports/domain/sheet-cells.js';
import { listDriverKeys } from '../people/store.js';
import { PAST } from '../shared/date-schemas.js';
import { instantAt } from '../shared/dates.js';
import { newId, nowIso } from '../shared/ids.js';
import { findStation } from '../tenancy/store.js';
import { LONGEST_WORKDAY_MS } from './domain/punches.js';
import { clockTime, nameKey, outDate, punchType } from './domain/timecards.js';
import { rebuildExceptions } from './exceptions.js';
import {
  deletePunches,
  findImportedPunches,
  insertPunches,
  listEmployeeNumbers,
  listImportWorkdays,
  rememberEmployeeNumbers,
} from './store.js';

/** ADP's group timecard, Paycom's punch file and Gusto's time export, by the headers each writes. */
const fields: ImportField[] = [
  {
    name: 'employeeNumber',
    label: 'Employee number',
    required: true,
    aliases: [
      'position id',
      'file #',
      'file number',
      'file nbr',
      'employee id',
      'gusto employee id',
      'associate id',
    ],
    description: 'The provider’s number for the person: matched to a DA once, then remembered',
  },
  { name: 'name', label: 'Name', required: false, aliases: ['employee name', 'employee'] },
  { name: 'firstName', label: 'First name', required: false, aliases: ['first_name'] },
  { name: 'lastName', label: 'Last name', required: false, aliases: ['last_name'] },
  { name: 'date', label: 'Date', required: true, aliases: ['work date', 'punch date'] },
  { name: 'timeIn', label: 'Time In', required: false, aliases: ['in', 'clock in', 'in time', 'start time'] },
  {
    name: 'timeOut',
    label: 'Time Out',
    required: false,
    aliases: ['out', 'clock out', 'out time', 'end time'],
  },
  { name: 'punchTime', label: 'Punch Time', required: false, aliases: ['time'] },
  { name: 'punchType', label: 'Punch Type', required: false, aliases: ['type'] },
];

const Clock = z.string().transform((s, ctx) => {
  const t = clockTime(s);
  if (t === null) ctx.addIssue({ code: 'custom', message: 'Use a time of day such as 09:17 AM or 17:05.' });
  return t ?? '';
});
const PunchTypeCell = z.string().transform((s, ctx): PunchKind => {
  const kind = punchType(s);
  if (kind === null)
    ctx.addIssue({ code: 'custom', message: 'Use a punch type: ID, OL, IL, OD, OB, IB, In or Out.' });
  return kind ?? 'in';
});
const Text = (max: number) => z.string().trim().max(max, `At most ${max} characters.`);

const schemas = {
  employeeNumber: Text(40),
  name: Text(120),
  firstName: Text(60),
  lastName: Text(60),
  date: importDateIn(PAST),
  timeIn: Clock,
  timeOut: Clock,
  punchTime: Clock,
  punchType: PunchTypeCell,
};

interface Cells {
  employeeNumber: string;
  name?: string | undefined;
  firstName?: string | undefined;
  lastName?: string | undefined;
  date: string;
  timeIn?: string | undefined;
  timeOut?: string | undefined;
  punchTime?: string | undefined;
  punchType?: PunchKind | undefined;
}

/** One file row: a punch pair (ADP, Gusto) or one punch (Paycom), local times on the row's workday. */
interface TimecardRow {
  employeeNumber: string;
  name: string;
  driverId: string | null;
  workday: string;
  punches: { kind: PunchKind; at: string }[];
  /** How many identical rows came before this one (ADP repeats rows): only the first is stored. */
  repeat: number;
}

/** A row gives a pair (in and/or out) or one typed punch, never both. */
function readRow(parse: (cells: Record<string, string>) => ParsedRow<Cells>) {
  return (cells: Record<string, string>): ParsedRow<Cells> => {
    const read = parse(cells);
    if (!read.ok) return read;
    const { timeIn, timeOut, punchTime, punchType } = read.row;
    const pair = timeIn !== undefined || timeOut !== undefined;
    const single = punchTime !== undefined && punchType !== undefined;
    if (pair === single)
      return {
        ok: false,
        issues: [
          {
            field: pair ? 'punchTime' : 'timeIn',
            message: 'Give Time In/Time Out, or a Punch Time with its Punch Type.',
          },
        ],
      };
    return read;
  };
}

/** The org's DAs by employee number remembered or on their record, and by name where it is unique. */
async function matcher(db: Db, orgId: string) {
  const remembered = new Map(
    (await listEmployeeNumbers(db, orgId)).map((m) => [m.employee_number, m.driver_id]),
  );
  const drivers = await listDriverKeys(db, orgId);
  const byEmployeeId = new Map(
    drivers.flatMap((d) => (d.employee_id ? [[d.employee_id, d.id] as const] : [])),
  );
  const byName = new Map<string, string | null>();
  for (const d of drivers) {
    const key = nameKey(`${d.first_name} ${d.last_name}`);
    byName.set(key, byName.has(key) ? null : d.id);
  }
  return (employeeNumber: string, name: string): string | null =>
    remembered.get(employeeNumber) ?? byEmployeeId.get(employeeNumber) ?? byName.get(nameKey(name)) ?? null;
}

const punchKey = (employeeNumber: string, p: { kind: string; at: string }) =>
  `${employeeNumber} ${p.kind} ${p.at}`;

/**
 * Timecards from the payroll provider, for the station picked: each row's punches stored as imported
 * punches of the DA its employee number is remembered for, else whose employee ID it is, else whose
 * name it gives; a person matching no DA is kept with their number and listed to link. A punch already
 * imported (same person, kind and instant) is not stored again, so the same file changes nothing.
 */
export const timecardsImport: ImportKind<TimecardRow, Cells> = {
  kind: 'timecards',
  label: 'Timecards (ADP, Paycom, Gusto)',
  permission: 'payroll.write',
  needsStation: true,
  entity: 'punch',
  // Linked through the API (PUT /payroll/employee-numbers/{n}) until payroll has its pages.
  unmatchedField: { field: 'employee number', link: null },
  fields,
  reader: () => readRow(cellsParser(fields, schemas)),
  async prepare(db, scope) {
    const zone = (await findStation(db, scope.orgId, scope.stationId ?? ''))?.time_zone ?? 'UTC';
    const match = await matcher(db, scope.orgId);
    const seen = new Map<string, number>();
    const lastIn = new Map<string, { at: string; date: string }>();
    /** A Paycom punch other than an in joins the person's punch in of the 24 h before it, as the phone's do. */
    const workdayOf = (employeeNumber: string, first: { kind: PunchKind; at: string }, date: string) => {
      if (first.kind === 'in') {
        lastIn.set(employeeNumber, { at: first.at, date });
        return date;
      }
      const since = lastIn.get(employeeNumber);
      const after = since ? Date.parse(first.at) - Date.parse(since.at) : -1;
      return since && after >= 0 && after <= LONGEST_WORKDAY_MS ? since.date : date;
    };
    return (c) => {
      const name = c.name ?? [c.lastName, c.firstName].filter(Boolean).join(', ');
      const local: { kind: PunchKind; date: string; time: string }[] = [];
      if (c.punchTime !== undefined && c.punchType !== undefined)
        local.push({ kind: c.punchType, date: c.date, time: c.punchTime });
      if (c.timeIn !== undefined) local.push({ kind: 'in', date: c.date, time: c.timeIn });
      if (c.timeOut !== undefined)
        local.push({ kind: 'out', date: outDate(c.date, c.timeIn ?? '00:00', c.timeOut), time: c.timeOut });
      const punches = local.map((p) => ({ kind: p.kind, at: instantAt(p.date, p.time, zone) }));
      const key = punches.map((p) => punchKey(c.employeeNumber, p)).join('|');
      const repeat = seen.get(key) ?? 0;
      seen.set(key, repeat + 1);
      return {
        ok: true,
        row: {
          employeeNumber: c.employeeNumber,
          name,
          driverId: match(c.employeeNumber, name),
          workday: punches[0] ? workdayOf(c.employeeNumber, punches[0], c.date) : c.date,
          punches,
          repeat,
        },
      };
    };
  },
  key: (row) => `${row.punches.map((p) => punchKey(row.employeeNumber, p)).join('|')}#${row.repeat}`,
  keyFields: ['employeeNumber'],
  async apply(trx, scope, rows) {
    const stationId = scope.stationId ?? '';
    const stored = new Set(
      (
        await findImportedPunches(
          trx,
          scope.orgId,
          rows.map((r) => r.employeeNumber),
        )
      ).map((p) => punchKey(p.employee_number ?? '', p)),
    );
    await rememberEmployeeNumbers(trx, scope.orgId, rows);
    const now = nowIso();
    const fresh: PunchesTable[] = [];
    const applied = rows.map((row) => {
      const created =
        row.repeat > 0 ? [] : row.punches.filter((p) => !stored.has(punchKey(row.employeeNumber, p)));
      if (row.driverId === null && row.repeat === 0) scope.unmatched?.add(row.employeeNumber);
      const made = created.map((p) => ({
        org_id: scope.orgId,
        id: newId(),
        station_id: stationId,
        driver_id: row.driverId,
        employee_number: row.employeeNumber,
        kind: p.kind,
        at: p.at,
        workday: row.workday,
        source: 'import' as const,
        client_id: null,
        latitude: null,
        longitude: null,
        outside_radius: null,
        import_id: scope.importId,
        corrects_id: null,
        reason: null,
        created_by: scope.actor.userId ?? scope.actor.label,
        created_at: now,
      }));
      for (const p of made) stored.add(punchKey(row.employeeNumber, p));
      fresh.push(...made);
      return made.length === 0
        ? { outcome: 'unchanged' as const, entityId: row.employeeNumber, before: null }
        : { outcome: 'created' as const, entityId: made.map((p) => p.id).join(','), before: null };
    });
    await insertPunches(trx, fresh);
    await recordAudits(
      trx,
      { orgId: scope.orgId, userId: scope.actor.userId, label: scope.auditLabel },
      fresh.map((p) => ({ entity: 'punch', entityId: p.id, before: null, after: p })),
    );
    return applied;
  },
  undo: (trx, scope, entityId) => deletePunches(trx, scope.orgId, entityId.split(',')),
  /** The imported workdays' exceptions, rebuilt from their new punches. */
  async afterCommit(db, scope) {
    if (!scope.stationId) return;
    for (const day of await listImportWorkdays(db, scope.orgId, scope.importId))
      await rebuildExceptions(db, scope.orgId, scope.stationId, day);
  },
};
