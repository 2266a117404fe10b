import { conflict } from '../app/problems.js';
import { type AuditChange, recordAudit, recordAudits } from '../audit/store.js';
import type { StationsTable } from '../db/schema.js';
import type { AppliedRow, ImportField, ImportKind } from '../imports/domain/kind.js';
import { cellsParser } from '../imports/domain/parse-cells.js';
import { StationCode, StationName, TimeZone, UsState } from './domain/station.js';
import { listOrgInvitations } from './invitation-store.js';
import { listMembers } from './member-store.js';
import { deleteStation, findStation, findStationsByCodes, insertStations, updateStation } from './store.js';

const fields: ImportField[] = [
  {
    name: 'code',
    label: 'Station code',
    required: true,
    aliases: ['station', 'delivery station', 'ds code'],
    description: 'Amazon station code, e.g. DAU5',
  },
  { name: 'name', label: 'Name', required: true, aliases: ['station name'] },
  {
    name: 'timeZone',
    label: 'Time zone',
    required: true,
    aliases: ['tz', 'timezone'],
    description: 'IANA zone, e.g. America/Chicago',
  },
  {
    name: 'state',
    label: 'State',
    required: true,
    aliases: ['us state'],
    description: 'Two-letter US state',
  },
];

const schemas = { code: StationCode, name: StationName, timeZone: TimeZone, state: UsState };

interface StationRow {
  code: string;
  name: string;
  timeZone: string;
  state: string;
}

/** Stations of a multi-station DSP from a spreadsheet; natural key: the station code. */
export const stationsImport: ImportKind<StationRow, StationRow> = {
  kind: 'stations',
  label: 'Stations',
  permission: 'stations.write',
  needsStation: false,
  entity: 'station',
  fields,
  reader: () => cellsParser(fields, schemas),
  // Nothing of a row depends on what is stored: a station on file is updated.
  prepare: async () => (row) => ({ ok: true, row }),
  key: (row) => `station code ${row.code}`,
  keyFields: ['code'],
  // A batch's stations on file are read in one query, its new ones inserted and its audit written in a
  // few: row by row, a refused file of 60,000 (50,000 saved before its bad row, then rolled back) took
  // ~100 s on PostgreSQL.
  async apply(trx, scope, rows) {
    const actor = { ...scope.actor, label: scope.auditLabel };
    const codes = rows.map((r) => r.code);
    const found = new Map((await findStationsByCodes(trx, scope.orgId, codes)).map((s) => [s.code, s]));
    const valuesOf = (row: StationRow) => ({
      code: row.code,
      name: row.name,
      time_zone: row.timeZone,
      state: row.state,
    });
    const created = await insertStations(
      trx,
      scope.orgId,
      rows.filter((r) => !found.has(r.code)).map(valuesOf),
    );
    const audits: AuditChange[] = [];
    const out: AppliedRow[] = [];
    let next = 0;
    for (const row of rows) {
      const before = found.get(row.code);
      if (!before) {
        const station = created[next++] as StationsTable;
        audits.push({ entity: 'station', entityId: station.id, before: null, after: station });
        out.push({ outcome: 'created', entityId: station.id, before: null });
        continue;
      }
      if (before.name === row.name && before.time_zone === row.timeZone && before.state === row.state) {
        out.push({ outcome: 'unchanged', entityId: before.id, before });
        continue;
      }
      await updateStation(trx, scope.orgId, before.id, {
        name: row.name,
        time_zone: row.timeZone,
        state: row.state,
      });
      const after = await findStation(trx, scope.orgId, before.id);
      audits.push({ entity: 'station', entityId: before.id, before, after: after ?? null });
      out.push({ outcome: 'updated', entityId: before.id, before: { ...before } });
    }
    await recordAudits(trx, actor, audits);
    return out;
  },
  async undo(trx, scope, entityId, before) {
    const actor = { ...scope.actor, label: scope.auditLabel };
    const current = await findStation(trx, scope.orgId, entityId);
    if (!current) return;
    if (before === null) {
      // Staff limited to the station would be left pointing at nothing: keep it, and say why.
      // (Listed as someone limited to this station sees them: the members who share it.)
      // Open invitations count too: accepting one would give a station that no longer exists.
      const limitedTo = { orgId: scope.orgId, stationIds: [entityId] };
      const { items: members, nextCursor } = await listMembers(trx, limitedTo, { limit: 3 });
      const users = [...members, ...(await listOrgInvitations(trx, limitedTo))];
      if (users.length > 0) {
        const more = nextCursor !== null || users.length > 3;
        const who = `${users
          .slice(0, 3)
          .map((m) => m.email)
          .join(', ')}${more ? ' and others' : ''}`;
        throw conflict(
          `Station ${current.code} was created by this import and is now in use (${who} ${users.length === 1 ? 'is' : 'are'} limited to it): change that first, then undo.`,
        );
      }
      await deleteStation(trx, scope.orgId, entityId);
      await recordAudit(trx, actor, { entity: 'station', entityId, before: current, after: null });
      return;
    }
    await updateStation(trx, scope.orgId, entityId, {
      name: String(before.name),
      time_zone: String(before.time_zone),
      state: String(before.state),
    });
    await recordAudit(trx, actor, {
      entity: 'station',
      entityId,
      before: current,
      after: { ...current, ...before },
    });
  },
};
