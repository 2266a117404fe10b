import { loadConfig } from '../app/config.js';
import { buildApp } from '../app/server.js';
import { createDemoDsp, describeDemoLogins } from '../demo/generate.js';
import { diskStorage } from '../files/storage.js';
import { findOrgBySlug } from '../tenancy/store.js';
import { openMigrated } from './context.js';
import { startInstance } from './recover.js';

/**
 * Migrates, cleans up after processes that stopped mid-work, creates the demo DSP when asked and the
 * database is new, then serves until stopped.
 */
export async function serve(opts: { demo: boolean }): Promise<void> {
  const config = loadConfig();
  const handle = await openMigrated(config);
  const stopInstance = await startInstance(handle, config, console.log);
  const demo = opts.demo || config.STATIONHAND_DEMO;
  if (demo) {
    const anyOrg = await handle.db.selectFrom('orgs').select('id').limit(1).executeTakeFirst();
    if (!anyOrg) {
      console.log(
        describeDemoLogins(
          await createDemoDsp(handle.db, { seed: 1, scale: 1, storage: diskStorage(config.DATA_DIR) }),
        ),
      );
    } else if (await findOrgBySlug(handle.db, 'demo')) {
      console.log('Demo DSP already in this database: sign in as owner@demo.test with "stationhand-demo".');
    }
  }
  const app = await buildApp({ handle, config });
  const close = async () => {
    await app.close();
    await stopInstance();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  const address = await app.listen({ port: config.PORT, host: config.HOST });
  console.log(`Stationhand on ${address.replace('0.0.0.0', 'localhost')} (${handle.describe})`);
  const metricsAt = await app.listenForMetrics();
  if (metricsAt) console.log(`Prometheus metrics on ${metricsAt}/metrics`);
}
