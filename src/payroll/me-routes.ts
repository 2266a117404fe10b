import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { CalendarDate } from '../shared/date-schemas.js';
import { MyWeekOut, QuestionIn, QuestionOut } from './me-schemas.js';
import { myPayrollWeek } from './my-payroll.js';
import { myPunches, recordPhonePunch } from './punches.js';
import { askAboutDay, questionView } from './questions.js';
import { PhonePunchIn, PunchOut, punchView } from './schemas.js';

/**
 * The DA's time clock on the phone (issue 15 items 1 and 10): punch, see my own punches and hours of a
 * week with what they pay, and question a workday.
 */
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

  app.get(
    '/me/payroll/week',
    {
      schema: {
        tags,
        summary:
          'My workweek (this one by default): each day’s work, meals and rests, hours REG/OT/DT, premiums and why, pay at my rate',
        querystring: z.object({ week: CalendarDate.optional() }),
        response: { 200: MyWeekOut },
      },
    },
    async (req) => myPayrollWeek(db, actorOf(req), req.query.week),
  );

  app.post(
    '/me/payroll/questions',
    {
      config: { refuses: [409] },
      schema: {
        tags,
        summary:
          'Question one of my workdays in my words: it goes to the exceptions queue; asked again while open, the words are added',
        body: QuestionIn,
        response: { 200: QuestionOut, 201: QuestionOut },
      },
    },
    async (req, reply) => {
      const { question: q, created } = await askAboutDay(db, actorOf(req), req.body);
      return reply.status(created ? 201 : 200).send(questionView(q));
    },
  );
}
