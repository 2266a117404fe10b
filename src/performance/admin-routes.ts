import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { PlanningDate } from '../shared/date-schemas.js';
import { TransporterCell } from './domain/cells.js';
import { METRICS } from './domain/metrics.js';
import { DEFAULT_PROFILE, profileInForce, ScoringProfileSchema } from './domain/profile.js';
import { linkTransporter, unknownTransporterCount, unknownTransporters } from './links.js';
import { proposeFit } from './profile-fit.js';
import { profileVersions, saveProfileVersion } from './profiles.js';
import { LinkOut, ProfileFitOut, ProfileOut, UnknownOut, WeekQuery } from './schemas.js';
import { thisWeek } from './week.js';

const catalogue = METRICS.map(({ key, label, unit, direction, category }) => ({
  key,
  label,
  unit,
  direction,
  category,
}));

/** Transporter IDs to link, and the scoring profile. */
export function adminRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['performance'];

  app.get(
    '/performance/unknown-transporters',
    {
      config: { access: { permission: 'performance.read' } },
      schema: {
        tags,
        summary: 'Transporter IDs in imported files that match no DA, with the rows waiting for each',
        response: { 200: UnknownOut },
      },
    },
    async (req) => unknownTransporters(db, actorOf(req)),
  );

  app.get(
    '/performance/unknown-transporters/count',
    {
      config: { access: { permission: 'performance.read' } },
      schema: {
        tags,
        summary: 'How many Transporter IDs wait to be linked to a DA, and their rows',
        response: { 200: z.object({ ids: z.number().int(), rows: z.number().int() }) },
      },
    },
    async (req) => unknownTransporterCount(db, actorOf(req)),
  );

  app.post(
    '/performance/unknown-transporters/:transporterId/link',
    {
      config: { access: { permission: 'performance.write' }, refuses: [409] },
      schema: {
        tags,
        summary:
          'Link a Transporter ID to a DA: their waiting rows become theirs, and a DA without a Transporter ID gets this one',
        params: z.object({ transporterId: TransporterCell }),
        body: z.strictObject({ driverId: z.string().min(1).max(100) }),
        response: { 200: LinkOut },
      },
    },
    async (req) => linkTransporter(db, actorOf(req), req.params.transporterId, req.body.driverId),
  );

  app.get(
    '/performance/profile',
    {
      config: { access: { permission: 'performance.read' } },
      schema: {
        tags,
        summary:
          'The scoring profile in force for a week (default: this week), its versions and the metric catalogue',
        querystring: z.object({ week: WeekQuery.optional() }),
        response: { 200: ProfileOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const week = req.query.week ?? thisWeek();
      const versions = await profileVersions(db, actor.orgId);
      return {
        week,
        inForce: profileInForce(versions, week),
        versions: versions.map(({ effectiveWeek, createdAt, createdBy }) => ({
          effectiveWeek,
          createdAt,
          createdBy,
        })),
        catalogue,
        defaultProfile: DEFAULT_PROFILE,
      };
    },
  );

  app.get(
    '/performance/profile/fit',
    {
      config: { access: { permission: 'performance.read' } },
      schema: {
        tags,
        summary:
          'The profile in force with its weights fitted to the org’s own weeks that carry Amazon’s scores, measured on the newest weeks held out; offered, never saved',
        querystring: z.object({ week: WeekQuery.optional() }),
        response: { 200: ProfileFitOut },
      },
    },
    async (req) => proposeFit(db, actorOf(req), req.query.week ?? thisWeek()),
  );

  app.put(
    '/performance/profile',
    {
      config: { access: { permission: 'org.settings' } },
      schema: {
        tags,
        summary: 'Save the scoring profile in force from a week on (owners); earlier weeks keep theirs',
        body: z.strictObject({ effectiveWeek: PlanningDate, profile: ScoringProfileSchema }),
        response: {
          200: z.object({ effectiveWeek: z.string(), profile: ScoringProfileSchema }),
        },
      },
    },
    async (req) => {
      const saved = await saveProfileVersion(db, actorOf(req), req.body.effectiveWeek, req.body.profile);
      return { effectiveWeek: saved.effectiveWeek, profile: saved.profile };
    },
  );
}
