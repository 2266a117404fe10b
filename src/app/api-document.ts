import { openSqlite } from '../db/database.js';
import { loadConfig } from './config.js';
import { buildApp } from './server.js';

/** The OpenAPI document as the routes' schemas write it: an in-memory app, nothing listening. */
export async function buildApiDocument(): Promise<Record<string, unknown>> {
  const handle = openSqlite(':memory:');
  const app = await buildApp({ handle, config: loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: ':memory:' }) });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    await handle.close();
  }
}
