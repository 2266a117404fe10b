import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { badRequest, forbidden, notFound } from '../app/problems.js';
import { receiveUpload, withUploads } from '../app/upload.js';
import { type Actor, can } from '../auth/domain/permissions.js';
import { PageQuery, pageSchema } from '../shared/pagination.js';
import { IdParams } from '../tenancy/schemas.js';
import type { Mapping } from './domain/headers.js';
import type { ImportKind } from './domain/kind.js';
import { importKinds } from './kinds.js';
import { runImport } from './run-import.js';
import { findImportDetail, findImportSummary, getSavedMapping, listImports, saveMapping } from './store.js';
import { undoImport } from './undo-import.js';

const ErrorOut = z.object({ row: z.number(), column: z.string(), message: z.string() });
const MappingSchema = z.record(z.string(), z.string().nullable());
const UnmatchedOut = z
  .object({
    field: z.string(),
    rows: z.number(),
    ids: z.array(z.string()),
    idCount: z.number(),
    message: z.string(),
    link: z.string().nullable(),
  })
  .nullable();
const ResultOut = z.object({
  id: z.string(),
  status: z.enum(['committed', 'rejected', 'preview']),
  rows: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  errorCount: z.number(),
  errors: z.array(ErrorOut),
  headers: z.array(z.string()),
  mapping: MappingSchema,
  /** Rows kept whose Transporter ID matches no DA, in words, with the IDs and where to link them. */
  unmatched: UnmatchedOut.optional(),
});
const SummaryOut = z.object({
  unmatched: UnmatchedOut,
  id: z.string(),
  kind: z.string(),
  stationId: z.string().nullable(),
  businessDate: z.string().nullable(),
  fileName: z.string(),
  status: z.enum(['running', 'committed', 'rejected', 'preview', 'undone', 'failed']),
  dryRun: z.boolean(),
  rows: z.number(),
  processed: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  errorCount: z.number(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  undoneAt: z.string().nullable(),
  failure: z.string().nullable(),
});
const KindParams = z.object({ kind: z.string().max(60) });

/** The kinds the actor's role may import (and so see in the history). */
const runnableKinds = (actor: Actor) =>
  [...importKinds.values()].filter((k) => can(actor.role, k.permission)).map((k) => k.kind);

function kindFor(actor: Actor, name: string): ImportKind {
  const kind = importKinds.get(name);
  if (!kind) throw notFound(`Import kind “${name}”`);
  if (!can(actor.role, kind.permission))
    throw forbidden(`Your role cannot import ${kind.label.toLowerCase()}.`);
  return kind;
}

function checkMappingFields(kind: ImportKind, mapping: Mapping): void {
  const unknown = Object.keys(mapping).filter((f) => !kind.fields.some((k) => k.name === f));
  if (unknown.length > 0) {
    throw badRequest(
      'Unknown fields in mapping.',
      unknown.map((f) => ({ path: `mapping.${f}`, message: 'Unknown field.' })),
    );
  }
}

function parseMappingField(kind: ImportKind, text: string | undefined): Mapping | undefined {
  if (!text) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw badRequest('mapping is not valid JSON.', [
      { path: 'mapping', message: 'Send a JSON object {field: header}.' },
    ]);
  }
  const parsed = MappingSchema.safeParse(json);
  if (!parsed.success)
    throw badRequest('mapping must be {field: header}.', [
      { path: 'mapping', message: 'Send a JSON object {field: header}.' },
    ]);
  checkMappingFields(kind, parsed.data);
  return parsed.data;
}

export function importRoutes(app: App, { handle, config }: AppContext): void {
  const { db } = handle;
  const tags = ['imports'];
  const access = { permission: 'imports.run' } as const;

  app.get(
    '/imports/kinds',
    {
      config: { access },
      schema: {
        tags,
        summary: 'File kinds that can be imported, with their fields',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                kind: z.string(),
                label: z.string(),
                permission: z.string(),
                needsStation: z.boolean(),
                needsDate: z.boolean(),
                /** Whether the kind also reads a PDF in its known layout (Amazon's Fixed Monthly invoice). */
                acceptsPdf: z.boolean(),
                fields: z.array(
                  z.object({
                    name: z.string(),
                    label: z.string(),
                    required: z.boolean(),
                    description: z.string().optional(),
                  }),
                ),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const items = [...importKinds.values()]
        .filter((k) => can(actor.role, k.permission))
        .map((k) => ({
          kind: k.kind,
          label: k.label,
          permission: k.permission,
          needsStation: k.needsStation,
          needsDate: k.needsDate === true,
          acceptsPdf: k.readPdf !== undefined,
          fields: k.fields.map(({ name, label, required, description }) => ({
            name,
            label,
            required,
            description,
          })),
        }));
      return { items };
    },
  );

  withUploads(app, config, (uploads) =>
    uploads.post(
      '/imports',
      {
        config: { access },
        schema: {
          tags,
          summary:
            'Import a CSV or XLSX file, or a PDF where the kind reads one (multipart: file, stationId?, date? (YYYY-MM-DD, for a day’s routes), dryRun?, mapping?)',
          description:
            'All-or-nothing: any bad row rejects the file and stores nothing. dryRun=true previews exact counts.',
          querystring: KindParams,
          consumes: ['multipart/form-data'],
          response: { 200: ResultOut },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        const kind = kindFor(actor, req.query.kind);
        const upload = await receiveUpload(req, config.DATA_DIR);
        try {
          return await runImport(db, {
            kind,
            file: upload.file,
            fileName: upload.fileName,
            sha256: upload.sha256,
            actor,
            stationId: upload.fields.stationId || null,
            businessDate: upload.fields.date || null,
            dryRun: upload.fields.dryRun === 'true' || upload.fields.dryRun === '1',
            mapping: parseMappingField(kind, upload.fields.mapping),
          });
        } finally {
          await upload.discard();
        }
      },
    ),
  );

  app.get(
    '/imports',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Import history, newest first',
        querystring: PageQuery,
        response: { 200: pageSchema(SummaryOut) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return listImports(db, actor.orgId, runnableKinds(actor), req.query.limit, req.query.cursor);
    },
  );

  app.get(
    '/imports/:id',
    {
      config: { access },
      schema: {
        tags,
        summary: 'One import: its progress while running, its problems once finished',
        params: IdParams,
        response: { 200: SummaryOut.extend({ errors: z.array(ErrorOut) }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const found = await findImportDetail(db, actor.orgId, req.params.id);
      if (!found || !runnableKinds(actor).includes(found.kind)) throw notFound('Import');
      return found;
    },
  );

  app.post(
    '/imports/:id/undo',
    {
      config: { access, refuses: [409] },
      schema: { tags, summary: 'Undo a committed import', params: IdParams, response: { 200: SummaryOut } },
    },
    async (req) => {
      const actor = actorOf(req);
      const found = await findImportSummary(db, actor.orgId, req.params.id);
      if (!found) throw notFound('Import');
      kindFor(actor, found.kind);
      await undoImport(db, importKinds, actor, found.id);
      return (await findImportSummary(db, actor.orgId, found.id)) ?? found;
    },
  );

  app.get(
    '/imports/kinds/:kind/mapping',
    {
      config: { access },
      schema: {
        tags,
        summary: 'The saved column mapping of a kind',
        params: KindParams,
        response: { 200: z.object({ mapping: MappingSchema }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      kindFor(actor, req.params.kind);
      return { mapping: await getSavedMapping(db, actor.orgId, req.params.kind) };
    },
  );

  app.put(
    '/imports/kinds/:kind/mapping',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Save a column mapping {field: header}',
        params: KindParams,
        body: z.strictObject({ mapping: MappingSchema }),
        response: { 200: z.object({ mapping: MappingSchema }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const kind = kindFor(actor, req.params.kind);
      checkMappingFields(kind, req.body.mapping);
      await saveMapping(db, actor.orgId, kind.kind, req.body.mapping);
      return { mapping: req.body.mapping };
    },
  );
}
