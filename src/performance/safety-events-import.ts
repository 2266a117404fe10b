import type { SafetyEventsTable } from '../db/schema.js';
import type { ImportField, ImportKind } from '../imports/domain/kind.js';
import { cellsParser } from '../imports/domain/parse-cells.js';
import { importDateIn } from '../imports/domain/sheet-cells.js';
import { dateOutOfRange, PAST } from '../shared/date-schemas.js';
import { localDate } from '../shared/dates.js';
import { findStation } from '../tenancy/store.js';
import {
  DateTimeCell,
  LinkCell,
  type LocalDateTime,
  SourceCell,
  TextCell,
  TransporterCell,
} from './domain/cells.js';
import { toUtcIn } from './domain/zones.js';
import { changedColumns, upsertFacts } from './fact-store.js';
import {
  driversByTransporterId,
  factKind,
  linkedDriver,
  stationOf,
  undoCreatedIn,
  undoIn,
} from './import-common.js';
import { findSafetyEvents } from './store.js';

/** The Cortex Safety Dashboard's columns, with the names Netradyne's export gives the same things. */
const fields: ImportField[] = [
  {
    name: 'eventId',
    label: 'Event ID',
    required: true,
    aliases: ['alert id', 'incident id', 'event identifier'],
  },
  {
    name: 'occurredAt',
    label: 'Date Time (PDT/PST)',
    required: true,
    aliases: [
      'date time',
      'event time',
      'event date time',
      'event timestamp',
      'alert time',
      'timestamp',
      'date time (cdt/cst)',
      'date time (mdt/mst)',
      'date time (edt/est)',
    ],
    description: 'The station’s local time unless the cell gives an offset (Z, -08:00, PST)',
  },
  {
    name: 'date',
    label: 'Date',
    required: false,
    aliases: ['event date', 'business date'],
    description: 'The station’s day; without it, the day of the time',
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
    aliases: ['transporter', 'tid', 'driver id', 'da transporter id'],
    description: 'Matches the DA; an ID no DA has is kept and listed for you to link',
  },
  {
    name: 'vehicle',
    label: 'VIN',
    required: false,
    aliases: ['vehicle', 'vehicle number', 'vehicle name', 'vehicle id', 'van'],
  },
  { name: 'programImpact', label: 'Program Impact', required: false, aliases: ['impact'] },
  {
    name: 'metricType',
    label: 'Metric Type',
    required: true,
    aliases: ['event type', 'alert type', 'behavior', 'type'],
  },
  {
    name: 'metricSubtype',
    label: 'Metric Subtype',
    required: false,
    aliases: ['subtype', 'event subtype', 'alert subtype'],
  },
  { name: 'source', label: 'Source', required: false, aliases: ['event source', 'device'] },
  {
    name: 'severity',
    label: 'Severity',
    required: false,
    aliases: ['severity level', 'alert severity', 'gz impact', 'greenzone impact'],
  },
  { name: 'videoLink', label: 'Video Link', required: false, aliases: ['video', 'video url'] },
  {
    name: 'reviewDetails',
    label: 'Review Details',
    required: false,
    aliases: ['review', 'review status', 'notes', 'comments'],
  },
];

/** When an event happened: it has, by its local date (see shared/date-schemas.ts). */
const PastDateTimeCell = DateTimeCell.superRefine((at, ctx) => {
  const message = dateOutOfRange(at.date, PAST);
  if (message) ctx.addIssue({ code: 'custom', message });
});

const schemas = {
  eventId: TextCell(100),
  occurredAt: PastDateTimeCell,
  date: importDateIn(PAST),
  name: TextCell(120),
  transporterId: TransporterCell,
  vehicle: TextCell(40),
  programImpact: TextCell(60),
  metricType: TextCell(80),
  metricSubtype: TextCell(80),
  source: SourceCell,
  severity: TextCell(40),
  videoLink: LinkCell,
  reviewDetails: TextCell(2000),
};

interface EventCells {
  eventId: string;
  occurredAt: LocalDateTime;
  date?: string | undefined;
  name?: string | undefined;
  transporterId?: string | undefined;
  vehicle?: string | undefined;
  programImpact?: string | undefined;
  metricType: string;
  metricSubtype?: string | undefined;
  source?: string | undefined;
  severity?: string | undefined;
  videoLink?: string | undefined;
  reviewDetails?: string | undefined;
}

/** What a file says of an event: the stored columns a re-import compares and writes. */
type EventFacts = Omit<
  SafetyEventsTable,
  'org_id' | 'id' | 'station_id' | 'status' | 'import_id' | 'created_at' | 'updated_at'
>;

const orNull = (s: string | undefined): string | null => s || null;

/**
 * Safety events of a station's DAs from Cortex's Safety Dashboard or a Netradyne export; natural key:
 * the Event ID. Times without an offset are the station's local time, stored as UTC. A re-import
 * updates what the file says and keeps each event's review status.
 */
export const safetyEventsImport: ImportKind<EventFacts, EventCells> = {
  kind: 'safety-events',
  label: 'Safety events',
  ...factKind,
  entity: 'safety_event',
  fields,
  reader: () => cellsParser(fields, schemas),
  async prepare(db, scope) {
    const drivers = await driversByTransporterId(db, scope.orgId);
    const zone = (await findStation(db, scope.orgId, stationOf(scope)))?.time_zone ?? 'UTC';
    const toUtc = toUtcIn(zone);
    return (cells) => {
      const occurredAt = toUtc(cells.occurredAt);
      const transporterId = cells.transporterId ?? null;
      const day =
        cells.date ??
        (cells.occurredAt.offsetMinutes === null
          ? cells.occurredAt.date
          : localDate(zone, new Date(occurredAt)));
      return {
        ok: true,
        row: {
          event_id: cells.eventId,
          occurred_at: occurredAt,
          business_date: day,
          transporter_id: transporterId,
          driver_id: transporterId ? (drivers.get(transporterId) ?? null) : null,
          da_name: orNull(cells.name),
          vehicle: orNull(cells.vehicle),
          program_impact: orNull(cells.programImpact),
          metric_type: cells.metricType,
          metric_subtype: orNull(cells.metricSubtype),
          source: orNull(cells.source),
          severity: orNull(cells.severity),
          video_link: orNull(cells.videoLink),
          review_details: orNull(cells.reviewDetails),
        },
      };
    };
  },
  // The ID alone, no longer string: the runner holds every key of a file of a million events.
  key: (row) => row.event_id,
  keyFields: ['eventId'],
  async apply(trx, scope, rows) {
    const stationId = stationOf(scope);
    const stored = await findSafetyEvents(
      trx,
      scope.orgId,
      rows.map((r) => r.event_id),
    );
    return upsertFacts(trx, 'safety_events', scope, rows, new Map(stored.map((s) => [s.event_id, s])), {
      key: (r) => r.event_id,
      fresh: (r, common) => ({
        org_id: common.org_id,
        id: common.id,
        event_id: r.event_id,
        station_id: stationId,
        occurred_at: r.occurred_at,
        business_date: r.business_date,
        transporter_id: r.transporter_id,
        driver_id: r.driver_id,
        da_name: r.da_name,
        vehicle: r.vehicle,
        program_impact: r.program_impact,
        metric_type: r.metric_type,
        metric_subtype: r.metric_subtype,
        source: r.source,
        severity: r.severity,
        video_link: r.video_link,
        review_details: r.review_details,
        status: 'new' as const,
        import_id: common.import_id,
        created_at: common.created_at,
        updated_at: common.updated_at,
      }),
      // An event stays at the station it was first imported at, with the status its review gave it.
      patch: (r, s) =>
        changedColumns<SafetyEventsTable>({ ...r, driver_id: linkedDriver(r.driver_id, s.driver_id) }, s),
    });
  },
  undo: undoIn('safety_events'),
  // A month of a station's events is a million rows: one undo record for those an import created.
  undoCreated: undoCreatedIn('safety_events'),
};
