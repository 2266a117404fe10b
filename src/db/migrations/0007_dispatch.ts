import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

/**
 * Dispatch: the week (shifts, availability, time off, demand and publishing), the day (routes with
 * their roster assignment, day close, rescues) and in-app messages to DAs (the outbox messaging
 * will send SMS from).
 */
export async function up(db: Db): Promise<void> {
  await weekTables(db);
  await dayTables(db);
  await messageTables(db);
}

async function weekTables(db: Db): Promise<void> {
  await db.schema
    .createTable('dispatch_settings')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('dispatch_settings_pk', ['org_id'])
    .execute();

  await db.schema
    .createTable('shifts')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('driver_id', 'text', (c) => c.notNull())
    .addColumn('business_date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('published_at', 'text')
    .addColumn('confirmed_at', 'text')
    .addColumn('checked_in_at', 'text')
    .addColumn('attendance_event_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('shifts_pk', ['org_id', 'id'])
    .addUniqueConstraint('shifts_driver_day_uq', ['org_id', 'driver_id', 'business_date'])
    .execute();
  await db.schema
    .createIndex('shifts_station_day_idx')
    .on('shifts')
    .columns(['org_id', 'station_id', 'business_date'])
    .execute();

  await db.schema
    .createTable('driver_availability')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('driver_id', 'text', (c) => c.notNull())
    .addColumn('weekdays', 'text', (c) => c.notNull())
    .addColumn('preferred_weekdays', 'text', (c) => c.notNull())
    .addColumn('wants_days', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('driver_availability_pk', ['org_id', 'driver_id'])
    .execute();

  await db.schema
    .createTable('availability_exceptions')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('driver_id', 'text', (c) => c.notNull())
    .addColumn('business_date', 'text', (c) => c.notNull())
    .addColumn('available', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('availability_exceptions_pk', ['org_id', 'id'])
    .addUniqueConstraint('availability_exceptions_day_uq', ['org_id', 'driver_id', 'business_date'])
    .execute();

  await db.schema
    .createTable('time_off_requests')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('driver_id', 'text', (c) => c.notNull())
    .addColumn('first_date', 'text', (c) => c.notNull())
    .addColumn('last_date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decision_note', 'text')
    .addPrimaryKeyConstraint('time_off_requests_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('time_off_requests_driver_idx')
    .on('time_off_requests')
    .columns(['org_id', 'driver_id', 'first_date'])
    .execute();

  await db.schema
    .createTable('week_plans')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('week_start', 'text', (c) => c.notNull())
    .addColumn('demand', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'text')
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('week_plans_pk', ['org_id', 'station_id', 'week_start'])
    .execute();
}

async function dayTables(db: Db): Promise<void> {
  await db.schema
    .createTable('dispatch_days')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('business_date', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('roster_published_at', 'text')
    .addColumn('roster_published_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('dispatch_days_pk', ['org_id', 'station_id', 'business_date'])
    .execute();

  await db.schema
    .createTable('routes')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('business_date', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('wave_time', 'text', (c) => c.notNull())
    .addColumn('staging_location', 'text')
    .addColumn('service_type', 'text')
    .addColumn('planned_minutes', 'integer', (c) => c.notNull())
    .addColumn('stops', 'integer')
    .addColumn('packages', 'integer')
    .addColumn('van_type', 'text', (c) => c.notNull())
    .addColumn('driver_id', 'text')
    .addColumn('van_id', 'text')
    .addColumn('pinned', 'integer', (c) => c.notNull())
    .addColumn('assignment_why', 'text', (c) => c.notNull())
    .addColumn('assigned_by', 'text')
    .addColumn('assigned_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('actual_start', 'text')
    .addColumn('actual_end', 'text')
    .addColumn('stops_completed', 'integer')
    .addColumn('packages_delivered', 'integer')
    .addColumn('packages_returned', 'integer')
    .addColumn('closed_by', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('routes_pk', ['org_id', 'id'])
    .addUniqueConstraint('routes_day_code_uq', ['org_id', 'station_id', 'business_date', 'code'])
    .execute();
  await db.schema
    .createIndex('routes_driver_idx')
    .on('routes')
    .columns(['org_id', 'driver_id', 'business_date'])
    .execute();

  await db.schema
    .createTable('rescues')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('business_date', 'text', (c) => c.notNull())
    .addColumn('route_id', 'text', (c) => c.notNull())
    .addColumn('rescuer_driver_id', 'text', (c) => c.notNull())
    .addColumn('stops', 'integer', (c) => c.notNull())
    .addColumn('packages', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rescues_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('rescues_station_day_idx')
    .on('rescues')
    .columns(['org_id', 'station_id', 'business_date'])
    .execute();
}

async function messageTables(db: Db): Promise<void> {
  await db.schema
    .createTable('messages')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('driver_id', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addPrimaryKeyConstraint('messages_pk', ['org_id', 'id'])
    .addUniqueConstraint('messages_dedupe_uq', ['org_id', 'dedupe_key'])
    .execute();
  await db.schema
    .createIndex('messages_driver_idx')
    .on('messages')
    .columns(['org_id', 'driver_id', 'created_at'])
    .execute();
}
