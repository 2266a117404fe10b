import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { itemDetail } from './items.js';
import {
  dismissWarning,
  editWarningNote,
  openWarnings,
  reviewCount,
  reviewList,
  sendWarning,
} from './review.js';
import {
  CauseOut,
  DismissIn,
  ItemDetailOut,
  ItemOut,
  NoteIn,
  OpenWarningsOut,
  OpenWarningsQuery,
  ReviewCountOut,
  ReviewQuery,
  SendIn,
} from './schemas.js';

const tags = ['coaching'];
const read = { permission: 'coaching.read' } as const;
const write = { permission: 'coaching.write' } as const;
const IdParams = z.object({ id: z.string().min(1).max(100) });

/** Written warnings a rule proposed, which only a manager sends; and who is on one. */
export function reviewRoutes(app: App, { handle: { db } }: AppContext): void {
  app.get(
    '/coaching/review',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Written warnings waiting for a manager to send them, oldest first, with their evidence',
        querystring: ReviewQuery,
        response: { 200: z.object({ items: z.array(ItemOut.extend({ cause: CauseOut })) }) },
      },
    },
    async (req) => reviewList(db, actorOf(req), req.query.stationId),
  );
  app.get(
    '/coaching/review/count',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'How many written warnings wait for a manager',
        querystring: ReviewQuery,
        response: { 200: ReviewCountOut },
      },
    },
    async (req) => reviewCount(db, actorOf(req), req.query.stationId),
  );
  app.post(
    '/coaching/items/:id/send',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary: 'Send a waiting written warning to the DA now (with the note, if given)',
        params: IdParams,
        body: SendIn,
        response: { 200: ItemDetailOut },
      },
    },
    async (req) => {
      await sendWarning(db, actorOf(req), req.params.id, req.body.note);
      return itemDetail(db, actorOf(req), req.params.id);
    },
  );
  app.put(
    '/coaching/items/:id/note',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary: 'Change the note a waiting written warning will carry to the DA',
        params: IdParams,
        body: NoteIn,
        response: { 200: ItemDetailOut },
      },
    },
    async (req) => {
      await editWarningNote(db, actorOf(req), req.params.id, req.body.note);
      return itemDetail(db, actorOf(req), req.params.id);
    },
  );
  app.post(
    '/coaching/items/:id/dismiss',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary: 'Dismiss a waiting written warning: the DA is never told',
        params: IdParams,
        body: DismissIn,
        response: { 200: ItemDetailOut },
      },
    },
    async (req) => {
      await dismissWarning(db, actorOf(req), req.params.id, req.body.note);
      return itemDetail(db, actorOf(req), req.params.id);
    },
  );
  app.get(
    '/coaching/open-warnings',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'The station’s DAs on an open written warning (for pages that rank DAs)',
        querystring: OpenWarningsQuery,
        response: { 200: OpenWarningsOut },
      },
    },
    async (req) => openWarnings(db, actorOf(req), req.query.stationId),
  );
}
