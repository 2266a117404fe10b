import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { hashPassword } from '../auth/domain/passwords.js';
import { insertUser } from '../auth/store.js';
import type { Role } from '../db/schema.js';
import { freshDatabase, type TestDatabase } from '../db/testing.js';
import { insertMembership } from '../tenancy/member-store.js';
import { insertOrg, insertStation } from '../tenancy/store.js';
import { type Config, loadConfig } from './config.js';
import type { App } from './context.js';
import { buildApp } from './server.js';

export const TEST_PASSWORD = 'correct-horse-battery';

export interface TestApp {
  app: App;
  db: TestDatabase;
  config: Config;
  close(): Promise<void>;
}

/** The whole HTTP app on a fresh database of the dialect under test, for `app.inject`. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await freshDatabase();
  // Uploaded files of this test app, removed with it (never beside a PostgreSQL URL).
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-data-'));
  const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir, ...env });
  const app = await buildApp({ handle: db, config });
  return {
    app,
    db,
    config,
    close: async () => {
      await app.close();
      await db.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface OrgSpec {
  slug: string;
  stations?: string[];
  users?: { email: string; role: Role; stations?: string[]; name?: string }[];
}

export interface SeededOrg {
  orgId: string;
  stationIds: Record<string, string>;
  userIds: Record<string, string>;
}

let cachedHash: string | undefined;

/** An org with stations (code → CA station) and members, all with TEST_PASSWORD. */
export async function seedOrg(db: TestDatabase, spec: OrgSpec): Promise<SeededOrg> {
  cachedHash ??= await hashPassword(TEST_PASSWORD);
  const org = await insertOrg(db.db, { name: `${spec.slug} DSP`, slug: spec.slug });
  const stationIds: Record<string, string> = {};
  for (const code of spec.stations ?? []) {
    const s = await insertStation(db.db, org.id, {
      code,
      name: `${code} station`,
      time_zone: 'America/Los_Angeles',
      state: 'CA',
    });
    stationIds[code] = s.id;
  }
  const userIds: Record<string, string> = {};
  for (const u of spec.users ?? []) {
    const user = await insertUser(db.db, {
      email: u.email,
      name: u.name ?? u.email.split('@')[0] ?? u.email,
      passwordHash: cachedHash,
      mustChangePassword: false,
    });
    await insertMembership(db.db, {
      org_id: org.id,
      user_id: user.id,
      role: u.role,
      station_ids: u.stations ? JSON.stringify(u.stations.map((c) => stationIds[c])) : null,
    });
    userIds[u.email] = user.id;
  }
  return { orgId: org.id, stationIds, userIds };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Client {
  csrfToken: string;
  cookie: string;
  request(
    method: Method,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

/** Signs in through the API and returns a client that sends the session cookie and CSRF header. */
export async function signIn(app: App, email: string, password = TEST_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  const sessionCookie = res.cookies.find((c) => c.name === 'sh_session');
  if (!sessionCookie) throw new Error('no session cookie');
  const cookie = `sh_session=${sessionCookie.value}`;
  const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
  return {
    csrfToken,
    cookie,
    request: (method, url, body, headers = {}) =>
      app.inject({
        method,
        url,
        headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }), ...headers },
        ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
      }),
  };
}

/** A multipart body with one file and text fields, for import routes. */
export function multipart(fileName: string, content: string | Buffer, fields: Record<string, string> = {}) {
  const boundary = `----stationhand${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Uploads a file to an import kind as the browser does (multipart `file` plus text fields). */
export function uploadImport(
  c: Client,
  kind: string,
  fileName: string,
  content: string | Buffer,
  fields: Record<string, string> = {},
) {
  const body = multipart(fileName, content, fields);
  return c.request('POST', `/api/v1/imports?kind=${encodeURIComponent(kind)}`, body.payload, body.headers);
}

export interface AuditView {
  id: string;
  actorUserId: string | null;
  actorLabel: string;
  entity: string;
  entityId: string;
  action: string;
  changes: Record<string, { before: unknown; after: unknown }>;
}

/** The org's audit trail as its owner reads it, newest first. */
export async function auditEntries(c: Client): Promise<AuditView[]> {
  const res = await c.request('GET', '/api/v1/audit?limit=500');
  if (res.statusCode !== 200) throw new Error(`audit read failed: ${res.statusCode} ${res.body}`);
  return res.json().items;
}

/** A real 16×12 JPEG, PNG and PDF: small enough to inline, valid enough for sharp and a PDF reader. */
export const tinyJpeg = () =>
  Buffer.from(
    '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAMABADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAP/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAABf/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKABiz//2Q==',
    'base64',
  );
export const tinyPng = () =>
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAABAAAAAMCAIAAADkharWAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAGElEQVQokWM4UaFBEmIY1VAxGkonsIUBAKB2DhCCM1WOAAAAAElFTkSuQmCC',
    'base64',
  );
export const tinyPdf = () =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );

/** Uploads a file as the browser does and returns the answer (201 with the file's id when kept). */
export function uploadFile(
  c: Client,
  purpose: 'document' | 'photo' | 'video',
  content: Buffer,
  fileName = 'upload.jpg',
  driverId?: string,
) {
  const body = multipart(fileName, content);
  const query = new URLSearchParams({ purpose, ...(driverId ? { driverId } : {}) });
  return c.request('POST', `/api/v1/files?${query}`, body.payload, body.headers);
}
