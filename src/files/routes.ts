import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { notFound } from '../app/problems.js';
import { receiveUpload, withUploads } from '../app/upload.js';
import type { Actor } from '../auth/domain/permissions.js';
import { IdParams } from '../tenancy/schemas.js';
import { PURPOSES } from './domain/sniff.js';
import { readableFile, saveUpload } from './files.js';
import { FileOut } from './schemas.js';
import { diskStorage } from './storage.js';

/** Upload once, attach by id: records (documents, inspections, damage) point at files they were given. */
export function fileRoutes(app: App, { handle, config }: AppContext): void {
  const { db } = handle;
  const storage = diskStorage(config.DATA_DIR);
  const tags = ['files'];

  withUploads(app, config, (uploads) =>
    uploads.post(
      '/files',
      {
        schema: {
          tags,
          summary:
            'Upload a document, photo or video (multipart field `file`); attach it to a record by its id',
          querystring: z.object({
            purpose: z.enum(['document', 'photo', 'video']),
            driverId: z.string().min(1).max(100).optional(),
          }),
          response: { 201: FileOut },
        },
      },
      async (req, reply) => {
        const { purpose, driverId } = req.query;
        const rule = PURPOSES[purpose];
        const upload = await receiveUpload(req, config.DATA_DIR, {
          maxBytes: rule.maxBytes,
          expected: rule.label,
        });
        try {
          const saved = await saveUpload(db, storage, actorOf(req), upload, purpose, driverId);
          return reply.status(201).send(saved);
        } finally {
          await upload.discard();
        }
      },
    ),
  );

  /** Streams the file or its thumbnail to whoever may read it. */
  const bytesOf = async (actor: Actor, id: string, kind: 'file' | 'thumbnail') => {
    const row = await readableFile(db, actor, id);
    const key = kind === 'file' ? row.storage_key : row.thumbnail_key;
    if (!key) throw notFound('Thumbnail');
    return {
      type: kind === 'file' ? row.content_type : 'image/jpeg',
      disposition: `inline; filename*=UTF-8''${encodeURIComponent(row.file_name)}`,
      body: storage.open(key),
    };
  };
  const sendBytes = (reply: FastifyReply, f: Awaited<ReturnType<typeof bytesOf>>) =>
    reply
      .type(f.type)
      .header('content-disposition', f.disposition)
      // A file never changes under its id; only the browser that asked may keep it.
      .header('cache-control', 'private, max-age=86400, immutable')
      .send(f.body);

  app.get(
    '/files/:id',
    {
      schema: {
        tags,
        summary: 'The file itself (staff: of their stations’ records; a DA: their own)',
        params: IdParams,
      },
    },
    async (req, reply) => sendBytes(reply, await bytesOf(actorOf(req), req.params.id, 'file')),
  );
  app.get(
    '/files/:id/thumbnail',
    { schema: { tags, summary: 'A small upright JPEG of a photo or scan', params: IdParams } },
    async (req, reply) => sendBytes(reply, await bytesOf(actorOf(req), req.params.id, 'thumbnail')),
  );
}
