import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { THIS_INSTANCE } from '../db/instance.js';
import { newId } from '../shared/ids.js';
import type { Config } from './config.js';
import type { App } from './context.js';
import { english } from './i18n.js';
import { fieldProblem, HttpProblem } from './problems.js';
import { badText, textErrors } from './text-check.js';

export interface Upload {
  file: string;
  fileName: string;
  sha256: string;
  fields: Record<string, string>;
  /** Removes the temporary file. */
  discard(): Promise<void>;
}

/** Where this instance keeps its uploads while it works on them: a folder per instance. */
export const uploadDir = (dataDir: string, instance = THIS_INSTANCE) => path.join(dataDir, 'tmp', instance);

/**
 * Registers the routes that take a file in a scope of their own with the multipart parser: its hooks
 * then run on those routes' requests only, not on every request of the app. A route outside it that is
 * sent multipart answers 415, as for any body that is not JSON.
 */
export function withUploads(app: App, config: Config, routes: (uploads: App) => void): void {
  app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: config.MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 10 },
    });
    routes(scope.withTypeProvider<ZodTypeProvider>() as App);
  });
}

/**
 * Streams a multipart upload to a temporary file under DATA_DIR/tmp, hashing it on the way, so a
 * large file is never held in memory. Text fields may come before or after the file.
 */
export async function receiveUpload(
  req: FastifyRequest,
  dataDir: string,
  opts: { maxBytes?: number; expected?: string } = {},
): Promise<Upload> {
  if (!req.isMultipart()) {
    throw new HttpProblem(
      415,
      'Unsupported Media Type',
      'Send the file as multipart/form-data with a `file` field.',
    );
  }
  const dir = uploadDir(dataDir);
  await fs.promises.mkdir(dir, { recursive: true });
  const fields: Record<string, string> = {};
  let saved: { file: string; fileName: string; sha256: string } | null = null;
  try {
    for await (const part of req.parts(opts.maxBytes ? { limits: { fileSize: opts.maxBytes } } : undefined)) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      if (part.fieldname !== 'file' || saved) {
        part.file.resume();
        continue;
      }
      const file = path.join(dir, `${newId()}.upload`);
      const hash = createHash('sha256');
      part.file.on('data', (chunk: Buffer) => hash.update(chunk));
      saved = { file, fileName: path.basename(part.filename || 'upload'), sha256: '' };
      await pipeline(part.file, fs.createWriteStream(file));
      if (part.file.truncated) {
        const detail = { code: 'upload.tooLarge' } as const;
        const mb = opts.maxBytes ? Math.round(opts.maxBytes / (1024 * 1024)) : 'none';
        throw new HttpProblem(
          413,
          'Content Too Large',
          english(detail),
          [fieldProblem('file', { code: 'upload.largerThan', args: { mb } })],
          detail,
        );
      }
      saved.sha256 = hash.digest('hex');
    }
  } catch (error) {
    if (saved) await fs.promises.rm(saved.file, { force: true });
    throw error;
  }
  const errors = [...textErrors(fields, ''), ...textErrors(saved?.fileName, 'file')];
  if (errors.length > 0) {
    if (saved) await fs.promises.rm(saved.file, { force: true });
    throw badText(errors);
  }
  if (!saved) {
    const detail = { code: 'upload.noFile' } as const;
    throw new HttpProblem(
      400,
      'Bad Request',
      english(detail),
      [{ path: 'file', message: `Attach ${opts.expected ?? 'a CSV or XLSX file'}.` }],
      detail,
    );
  }
  const { file } = saved;
  return { ...saved, fields, discard: () => fs.promises.rm(file, { force: true }) };
}

/**
 * Removes the uploads that instances no longer running left in DATA_DIR/tmp (a process killed while it
 * worked on one never removed it), and loose files from before uploads had a folder per instance.
 * Answers how many files went and their size.
 */
export async function removeOrphanedUploads(
  dataDir: string,
  isAlive: (instance: string) => Promise<boolean>,
): Promise<{ files: number; bytes: number }> {
  const tmp = path.join(dataDir, 'tmp');
  const removed = { files: 0, bytes: 0 };
  const entries = await fs.promises.readdir(tmp, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.isDirectory() && (await isAlive(entry.name))) continue;
    const where = path.join(tmp, entry.name);
    const files = entry.isDirectory()
      ? (await fs.promises.readdir(where)).map((name) => path.join(where, name))
      : [where];
    for (const file of files) {
      const stat = await fs.promises.stat(file).catch(() => null);
      if (!stat) continue;
      removed.files++;
      removed.bytes += stat.size;
    }
    await fs.promises.rm(where, { recursive: true, force: true });
  }
  return removed;
}
