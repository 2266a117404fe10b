import { z } from 'zod';
import { recordAudit } from '../audit/store.js';
import type { MoneyRatesTable, RateItem } from '../db/schema.js';
import type { ImportField, ImportKind } from '../imports/domain/kind.js';
import { cellsParser } from '../imports/domain/parse-cells.js';
import { newId, nowIso } from '../shared/ids.js';
import { deleteImportedFile } from './amazon-rows-store.js';
import { MoneyDate } from './domain/cells.js';
import { MoneyCell, QuantityCell } from './domain/money.js';
import { RATE_ITEMS } from './domain/rate-card.js';
import { rateLineIssue } from './domain/rate-line.js';
import { claimFile } from './file-kind.js';
import { findRateLine, insertRate, updateRate } from './rate-card-store.js';
import { reconcileStation } from './reconcile-week.js';

const fields: ImportField[] = [
  {
    name: 'effectiveFrom',
    label: 'Effective From',
    required: true,
    aliases: ['effective', 'from', 'start date'],
  },
  {
    name: 'item',
    label: 'Item',
    required: true,
    aliases: ['type', 'rate type'],
    description: RATE_ITEMS.join(', '),
  },
  {
    name: 'variant',
    label: 'Service Type',
    required: false,
    aliases: ['variant', 'tier', 'van class'],
    description: 'Service type of a route, tier of an incentive, van class of a fleet rate',
  },
  { name: 'blockHours', label: 'Block Hours', required: false, aliases: ['block', 'hours'] },
  { name: 'rate', label: 'Rate', required: true, aliases: ['amount', 'price'] },
];

const Item = z.string().transform((s, ctx): RateItem => {
  const item = RATE_ITEMS.find(
    (i) =>
      i ===
      s
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, '-'),
  );
  if (!item) ctx.addIssue({ code: 'custom', message: `One of: ${RATE_ITEMS.join(', ')}.` });
  return item ?? 'route';
});

const schemas = {
  effectiveFrom: MoneyDate,
  item: Item,
  variant: z.string().max(200, 'At most 200 characters.'),
  blockHours: QuantityCell,
  rate: MoneyCell,
};

type Line = Pick<MoneyRatesTable, 'effective_from' | 'item' | 'variant' | 'block_hours' | 'rate_cents'>;

/** A station's rate card: a line a price, from its effective date on; the same line again is updated. */
export const rateCardImport: ImportKind<Line, z.output<z.ZodObject<typeof schemas>>> = {
  kind: 'rate-card',
  label: 'Rate card',
  permission: 'money.write',
  needsStation: true,
  entity: 'money_rate',
  fields,
  reader: () => cellsParser(fields, schemas),
  async prepare() {
    return (v) => {
      const line = {
        item: v.item,
        variant: (v.variant ?? '').replace(/\s+/g, ' '),
        blockHours: v.blockHours ?? 0,
      };
      const issue = rateLineIssue(line);
      if (issue) return { ok: false, issues: [issue] };
      return {
        ok: true,
        row: {
          effective_from: v.effectiveFrom,
          item: v.item,
          variant: line.variant,
          block_hours: line.blockHours,
          rate_cents: v.rate,
        },
      };
    };
  },
  key: (r) => `${r.item} ${r.variant} ${r.block_hours} h from ${r.effective_from}`,
  keyFields: ['item'],
  async apply(trx, scope, rows) {
    await claimFile(trx, scope, 'rate-card');
    const actor = { orgId: scope.orgId, userId: scope.actor.userId, label: scope.auditLabel };
    const stationId = scope.stationId ?? '';
    const applied = [];
    for (const line of rows) {
      const stored = await findRateLine(trx, scope.orgId, { ...line, station_id: stationId });
      if (stored?.rate_cents === line.rate_cents) {
        applied.push({ outcome: 'unchanged' as const, entityId: stored.id, before: null });
        continue;
      }
      const id = stored?.id ?? newId();
      const now = { import_id: scope.importId, updated_by: scope.actor.label, updated_at: nowIso() };
      if (stored) await updateRate(trx, scope.orgId, stored.id, { rate_cents: line.rate_cents, ...now });
      else await insertRate(trx, { org_id: scope.orgId, id, station_id: stationId, ...line, ...now });
      const after = { ...stored, ...line, ...now, id };
      await recordAudit(trx, actor, { entity: 'money_rate', entityId: id, before: stored ?? null, after });
      applied.push(
        stored
          ? { outcome: 'updated' as const, entityId: id, before: { ...stored } }
          : { outcome: 'created' as const, entityId: id, before: null },
      );
    }
    return applied;
  },
  undo: (trx, scope, id, before) =>
    before ? updateRate(trx, scope.orgId, id, before as Partial<MoneyRatesTable>) : Promise.resolve(),
  undoCreated: (trx, scope) => deleteImportedFile(trx, scope.orgId, scope.importId),
  afterCommit: (db, scope) => reconcileStation(db, scope.orgId, scope.stationId ?? ''),
};
