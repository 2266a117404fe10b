import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { receiveUpload, withUploads } from '../app/upload.js';
import { PURPOSES } from '../files/domain/sniff.js';
import { diskStorage } from '../files/storage.js';
import { IdParams } from '../tenancy/schemas.js';
import type { FieldKey, FieldValue } from './domain/scorecard-fields.js';
import { saveScorecardEntries } from './dsp-scorecard-entries.js';
import { EntriesIn, ScorecardListOut, ScorecardOut, UploadOut } from './dsp-scorecard-schemas.js';
import { uploadScorecard } from './dsp-scorecard-upload.js';
import { scorecardView, stationScorecards } from './dsp-scorecard-view.js';
import { WeekQuery } from './schemas.js';

const StationId = z.string().min(1).max(100);

/** Amazon's weekly DSP scorecard PDFs: upload and read, list by week, complete what was not read. */
export function dspScorecardRoutes(app: App, { handle, config }: AppContext): void {
  const { db } = handle;
  const storage = diskStorage(config.DATA_DIR);
  const tags = ['performance'];
  const read = { access: { permission: 'performance.read' } } as const;
  const write = { access: { permission: 'performance.write' } } as const;

  withUploads(app, config, (uploads) =>
    uploads.post(
      '/performance/dsp-scorecards',
      {
        config: { ...write, refuses: [422] },
        schema: {
          tags,
          summary:
            'Upload a station’s weekly DSP scorecard PDF (multipart field `file`): what was read, with the text it came from, and what was not',
          querystring: z.object({ stationId: StationId }),
          response: { 200: UploadOut, 201: UploadOut },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const upload = await receiveUpload(req, config.DATA_DIR, {
          maxBytes: PURPOSES.document.maxBytes,
          expected: 'the scorecard PDF',
        });
        try {
          const { outcome, id } = await uploadScorecard(db, storage, actor, req.query.stationId, upload);
          const view = await scorecardView(db, actor, id);
          return reply.status(outcome === 'created' ? 201 : 200).send({ ...view, outcome });
        } finally {
          await upload.discard();
        }
      },
    ),
  );

  app.get(
    '/performance/dsp-scorecards',
    {
      config: read,
      schema: {
        tags,
        summary: 'A station’s DSP scorecards (of one week when given), newest week first',
        querystring: z.object({ stationId: StationId, week: WeekQuery.optional() }),
        response: { 200: ScorecardListOut },
      },
    },
    async (req) => stationScorecards(db, actorOf(req), req.query.stationId, req.query.week),
  );

  app.get(
    '/performance/dsp-scorecards/:id',
    {
      config: read,
      schema: {
        tags,
        summary:
          'A DSP scorecard: each field as read or entered, the DAs of its table matched by Transporter ID',
        params: IdParams,
        response: { 200: ScorecardOut },
      },
    },
    async (req) => scorecardView(db, actorOf(req), req.params.id),
  );

  app.put(
    '/performance/dsp-scorecards/:id/entries',
    {
      config: { ...write, refuses: [409] },
      schema: {
        tags,
        summary:
          'Enter what the PDF did not give (or gave wrongly); null takes an entry away. Who and when are kept',
        params: IdParams,
        body: EntriesIn,
        response: { 200: ScorecardOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const changes = req.body.entries as Partial<Record<FieldKey, FieldValue | null>>;
      await saveScorecardEntries(db, actor, req.params.id, changes);
      return scorecardView(db, actor, req.params.id);
    },
  );
}
