import type { Kysely } from 'kysely';

/**
 * Amazon's weekly DSP scorecard PDFs: one per station and week (a republished PDF replaces the first),
 * what was read off it (JSON, with the text each value came from and why the rest was not read), the
 * manager's entries for what was not (JSON, with who and when), and the overall figures in effect.
 * week_start is NULL until a scorecard whose week could not be read is given one by hand.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dsp_scorecards')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('week_start', 'text')
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('reading', 'text', (c) => c.notNull())
    .addColumn('entries', 'text', (c) => c.notNull())
    .addColumn('overall_standing', 'text')
    .addColumn('overall_score', 'double precision')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('dsp_scorecards_pk', ['org_id', 'id'])
    .addUniqueConstraint('dsp_scorecards_station_week_uq', ['org_id', 'station_id', 'week_start'])
    .execute();
}
