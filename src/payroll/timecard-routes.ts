import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { localDate } from '../shared/dates.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { ruleSetFor } from './domain/rule-sets.js';
import { ruleTerms } from './domain/rule-terms.js';
import type { Rule, StateCode } from './domain/types.js';
import { findOrgPolicy } from './driver-week.js';
import { RulesOut, TimecardsOut, TimecardsQuery } from './timecard-schemas.js';
import { stationTimecards } from './timecard-week.js';

const read = { permission: 'payroll.read' } as const;

const ruleView = (rule: Rule): z.infer<typeof RulesOut>['ruleSet']['rules'][number] => ({
  id: rule.id,
  type: rule.type,
  terms: ruleTerms(rule),
  multiplier: 'multiplier' in rule ? rule.multiplier : null,
  payCode: 'payCode' in rule ? rule.payCode : null,
  citation: rule.citation,
  note: rule.note ?? null,
  from: rule.from ?? null,
  to: rule.to ?? null,
});

/** The managers' week grid of a station (issue 15 item 9) and the rules in force there. */
export function timecardRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['payroll'];

  app.get(
    '/payroll/timecards',
    {
      config: { access: read },
      schema: {
        tags,
        summary:
          'A station’s timecards of a workweek: per DA hours by day, REG/OT/DT, premiums, violations and open exceptions',
        querystring: TimecardsQuery,
        response: { 200: TimecardsOut },
      },
    },
    async (req) => stationTimecards(db, actorOf(req), req.query.stationId, req.query.week),
  );

  app.get(
    '/payroll/rules',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'The labor rules in force today for the station’s state, with citations, and the org’s caps',
        querystring: z.object({ stationId: z.string().min(1).max(100) }),
        response: { 200: RulesOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const station = await visibleStation(db, actor, req.query.stationId);
      const date = localDate(station.time_zone);
      const set = ruleSetFor(station.state as StateCode, date);
      return {
        station: { id: station.id, code: station.code, state: station.state },
        date,
        ruleSet: {
          jurisdiction: set.jurisdiction,
          name: set.name,
          flatBonusMethod: set.flatBonusMethod,
          rules: set.rules.map(ruleView),
        },
        caps: (await findOrgPolicy(db, actor.orgId)).caps,
      };
    },
  );
}
