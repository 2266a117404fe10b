import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { TermDate } from '../shared/date-schemas.js';
import { IdParams } from '../tenancy/schemas.js';
import { DOCUMENT_TYPES } from './domain/documents.js';
import { ONBOARDING_STATUSES } from './domain/onboarding.js';
import {
  addStep,
  changeStep,
  driverChecklist,
  ensureSteps,
  onboardingBoard,
  reorderSteps,
  setStep,
} from './onboarding.js';
import { ChecklistOut, DriverBrief, ProgressOut, StepOut } from './records-schemas.js';

const StepFields = {
  label: z.string().trim().min(1, 'Required.').max(80),
  appliesTo: z.enum(['all', 'step_van']),
  documentType: z.enum(DOCUMENT_TYPES).nullable(),
};

/** The onboarding checklist: the org's steps, each DA's progress, and the board of new hires. */
export function onboardingRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['people'];
  const read = { permission: 'people.read' } as const;
  const write = { permission: 'people.write' } as const;

  app.get(
    '/onboarding/steps',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'The org’s onboarding checklist, in order (the defaults are created on first use)',
        response: { 200: z.object({ items: z.array(StepOut) }) },
      },
    },
    async (req) => ({ items: await ensureSteps(db, actorOf(req)) }),
  );

  app.post(
    '/onboarding/steps',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary: 'Add a step at the end of the checklist',
        body: z.strictObject({
          label: StepFields.label,
          appliesTo: StepFields.appliesTo.default('all'),
          documentType: StepFields.documentType.default(null),
        }),
        response: { 201: StepOut },
      },
    },
    async (req, reply) => reply.status(201).send(await addStep(db, actorOf(req), req.body)),
  );

  app.put(
    '/onboarding/steps/order',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Put the active steps in this order (every active step once)',
        body: z.strictObject({ ids: z.array(z.string().min(1).max(100)).max(100) }),
        response: { 200: z.object({ items: z.array(StepOut) }) },
      },
    },
    async (req) => ({ items: await reorderSteps(db, actorOf(req), req.body.ids) }),
  );

  app.patch(
    '/onboarding/steps/:id',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary: 'Rename a step, change whom it applies to, or retire / restore it',
        params: IdParams,
        body: z.strictObject({ ...StepFields, active: z.boolean() }).partial(),
        response: { 200: StepOut },
      },
    },
    async (req) => changeStep(db, actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/onboarding',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'The onboarding board: every applicant and onboarding DA with each step’s status',
        querystring: z.object({ stationId: z.string().max(100).optional() }),
        response: {
          200: z.object({
            steps: z.array(StepOut),
            items: z.array(
              z.object({
                driver: DriverBrief.extend({ vanTypes: z.array(z.string()) }),
                steps: z.record(z.string(), z.enum(ONBOARDING_STATUSES)),
                progress: ProgressOut,
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      const board = await onboardingBoard(db, actorOf(req), req.query.stationId);
      return {
        steps: board.steps,
        items: board.entries.map((e) => ({
          driver: {
            id: e.driver.id,
            firstName: e.driver.firstName,
            lastName: e.driver.lastName,
            homeStationId: e.driver.homeStationId,
            status: e.driver.status,
            vanTypes: e.driver.vanTypes,
          },
          steps: e.steps,
          progress: e.progress,
        })),
      };
    },
  );

  app.get(
    '/drivers/:id/onboarding',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'A DA’s onboarding checklist with who did each step and when',
        params: IdParams,
        response: { 200: ChecklistOut },
      },
    },
    async (req) => driverChecklist(db, actorOf(req), req.params.id),
  );

  app.put(
    '/drivers/:id/onboarding/:stepId',
    {
      config: { access: write },
      schema: {
        tags,
        summary:
          'Mark a step of a DA’s checklist (failed and waived need a note); answers the whole checklist',
        params: z.object({ id: z.string().min(1).max(100), stepId: z.string().min(1).max(100) }),
        body: z.strictObject({
          status: z.enum(ONBOARDING_STATUSES),
          note: z.string().trim().max(500).nullable().optional(),
          documentId: z.string().min(1).max(100).nullable().optional(),
          expiry: TermDate.nullable().optional(),
        }),
        response: { 200: ChecklistOut },
      },
    },
    async (req) => setStep(db, actorOf(req), req.params.id, req.params.stepId, req.body),
  );
}
