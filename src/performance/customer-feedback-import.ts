import type { CustomerFeedbackTable, FeedbackKind } from '../db/schema.js';
import type { ImportField, ImportKind } from '../imports/domain/kind.js';
import { cellsParser } from '../imports/domain/parse-cells.js';
import { importDateIn } from '../imports/domain/sheet-cells.js';
import { PAST } from '../shared/date-schemas.js';
import { TextCell, TransporterCell } from './domain/cells.js';
import { changedColumns, upsertFacts } from './fact-store.js';
import { driversByTransporterId, factKind, linkedDriver, stationOf, undoIn } from './import-common.js';
import { findFeedback } from './store.js';

/**
 * Columns of Cortex's negative customer delivery feedback export and its delivery concessions export:
 * a row of the first has a feedback type, a row of the second a concession type.
 */
const fields: ImportField[] = [
  {
    name: 'date',
    label: 'Date',
    required: true,
    aliases: ['delivery date', 'feedback date', 'concession date', 'date of delivery'],
  },
  {
    name: 'name',
    label: 'Delivery Associate',
    required: false,
    aliases: ['driver', 'driver name', 'da', 'da name', 'associate'],
  },
  {
    name: 'transporterId',
    label: 'Transporter ID',
    required: false,
    aliases: ['transporter', 'tid', 'da transporter id'],
    description: 'Matches the DA; an ID no DA has is kept and listed for you to link',
  },
  {
    name: 'trackingId',
    label: 'Tracking ID',
    required: true,
    aliases: ['tracking number', 'tracking', 'tba', 'shipment id', 'package id'],
  },
  {
    name: 'feedbackType',
    label: 'Feedback',
    required: false,
    aliases: ['feedback type', 'negative feedback', 'feedback reason', 'feedback category', 'cdf type'],
    description:
      'A negative feedback row: mishandled package, unprofessional, wrong address, never received…',
  },
  {
    name: 'concessionType',
    label: 'Concession Type',
    required: false,
    aliases: ['concession', 'concession reason'],
    description: 'A concession row',
  },
  {
    name: 'details',
    label: 'Details',
    required: false,
    aliases: ['comments', 'customer comments', 'feedback details', 'notes'],
  },
];

const schemas = {
  date: importDateIn(PAST),
  name: TextCell(120),
  transporterId: TransporterCell,
  trackingId: TextCell(60),
  feedbackType: TextCell(120),
  concessionType: TextCell(120),
  details: TextCell(2000),
};

interface FeedbackCells {
  kind: FeedbackKind;
  type: string;
  date: string;
  name?: string | undefined;
  transporterId?: string | undefined;
  trackingId: string;
  details?: string | undefined;
}

type FeedbackFacts = Omit<
  CustomerFeedbackTable,
  'org_id' | 'id' | 'station_id' | 'import_id' | 'created_at' | 'updated_at'
>;

/** Reads a row's cells, then which of the two files it is from: one of the two type columns is filled. */
function reader() {
  const read = cellsParser(fields, schemas);
  return (cells: Record<string, string>) => {
    const parsed = read(cells);
    if (!parsed.ok) return parsed;
    const { feedbackType, concessionType, ...rest } = parsed.row;
    if (Boolean(feedbackType) === Boolean(concessionType)) {
      const message = feedbackType
        ? 'A row is negative feedback or a concession, not both: clear one of the two types.'
        : 'Give the feedback type (negative feedback) or the concession type.';
      return { ok: false as const, issues: [{ field: 'feedbackType', message }] };
    }
    const kind: FeedbackKind = concessionType ? 'concession' : 'negative_feedback';
    return { ok: true as const, row: { ...rest, kind, type: (concessionType ?? feedbackType) as string } };
  };
}

const keyOf = (kind: string, trackingId: string, type: string) => `${kind} ${trackingId} ${type}`;

/**
 * A station's negative customer delivery feedback and delivery concessions; natural key: the row's
 * kind, tracking ID and type (a package may draw several kinds of feedback).
 */
export const customerFeedbackImport: ImportKind<FeedbackFacts, FeedbackCells> = {
  kind: 'customer-feedback',
  label: 'Customer feedback and concessions',
  ...factKind,
  entity: 'customer_feedback',
  fields,
  reader,
  async prepare(db, scope) {
    const drivers = await driversByTransporterId(db, scope.orgId);
    return (cells) => {
      const transporterId = cells.transporterId ?? null;
      return {
        ok: true,
        row: {
          kind: cells.kind,
          tracking_id: cells.trackingId,
          type: cells.type,
          feedback_date: cells.date,
          transporter_id: transporterId,
          driver_id: transporterId ? (drivers.get(transporterId) ?? null) : null,
          da_name: cells.name || null,
          details: cells.details || null,
        },
      };
    };
  },
  key: (row) => `${row.kind === 'concession' ? 'concession' : 'feedback'} ${row.tracking_id} (${row.type})`,
  keyFields: ['trackingId'],
  async apply(trx, scope, rows) {
    const stationId = stationOf(scope);
    const stored = await findFeedback(
      trx,
      scope.orgId,
      rows.map((r) => r.tracking_id),
    );
    return upsertFacts(
      trx,
      'customer_feedback',
      scope,
      rows,
      new Map(stored.map((s) => [keyOf(s.kind, s.tracking_id, s.type), s])),
      {
        key: (r) => keyOf(r.kind, r.tracking_id, r.type),
        fresh: (r, common) => ({ ...common, ...r, station_id: stationId }),
        patch: (r, s) =>
          changedColumns<CustomerFeedbackTable>(
            { ...r, driver_id: linkedDriver(r.driver_id, s.driver_id) },
            s,
          ),
      },
    );
  },
  undo: undoIn('customer_feedback'),
};
