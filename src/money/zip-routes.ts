import path from 'node:path';
import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { receiveUpload, withUploads } from '../app/upload.js';
import { tags, write } from './routes.js';
import { importWstZip } from './wst-zip.js';

const EntryOut = z.object({
  entry: z.string(),
  kind: z.string(),
  importId: z.string(),
  status: z.enum(['committed', 'rejected', 'preview']),
  rows: z.number(),
  created: z.number(),
  unchanged: z.number(),
  errors: z.array(z.object({ row: z.number(), column: z.string(), message: z.string() })),
});

/** WST's weekly ZIP as one upload (issue 16 item 2): each file inside imported, all or nothing. */
export function zipRoutes(app: App, { handle, config }: AppContext): void {
  withUploads(app, config, (uploads) =>
    uploads.post(
      '/money/wst-zip',
      {
        config: { access: write, refuses: [409] },
        schema: {
          tags,
          summary:
            'Import WST’s weekly ZIP (multipart: file, stationId): every WST file inside, all or nothing, errors by file, row and column',
          consumes: ['multipart/form-data'],
          response: {
            200: z.object({ status: z.enum(['committed', 'rejected']), files: z.array(EntryOut) }),
          },
        },
      },
      async (req) => {
        const upload = await receiveUpload(req, config.DATA_DIR);
        try {
          const done = await importWstZip(handle.db, {
            file: upload.file,
            fileName: upload.fileName,
            actor: actorOf(req),
            stationId: upload.fields.stationId || null,
            dir: path.dirname(upload.file),
          });
          return {
            status: done.status,
            files: done.files.map(({ entry, kind, result: r }) => ({
              entry,
              kind,
              importId: r.id,
              status: r.status,
              rows: r.rows,
              created: r.created,
              unchanged: r.unchanged,
              errors: r.errors,
            })),
          };
        } finally {
          await upload.discard();
        }
      },
    ),
  );
}
