import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { CalendarDate } from '../shared/date-schemas.js';
import { myPunches, recordPhonePunch } from './punches.js';
import { PhonePunchIn, PunchOut, punchView } from './schemas.js';

/** The DA's time clock on the phone (issue 15 item 1): punch, and see my own punches of a week. */
export function myPunchRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['payroll'];

  app.post(
    '/me/punches',
    {
      schema: {
        tags,
        summary:
          'Punch in, out, or a meal or rest start or end, at the phone’s instant; a resend answers 200',
        body: PhonePunchIn,
        response: { 200: PunchOut, 201: PunchOut },
      },
    },
    async (req, reply) => {
      const done = await recordPhonePunch(db, actorOf(req), req.body);
      return reply.status(done.created ? 201 : 200).send(punchView(done.punch));
    },
  );

  app.get(
    '/me/punches',
    {
      schema: {
        tags,
        summary: 'My punches of a workweek (this one by default), corrections beside their originals',
        querystring: z.object({ week: CalendarDate.optional() }),
        response: { 200: z.object({ weekStart: z.string(), items: z.array(PunchOut) }) },
      },
    },
    async (req) => {
      const { weekStart, items } = await myPunches(db, actorOf(req), req.query.week);
      return { weekStart, items: items.map(punchView) };
    },
  );
}
