import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { findDriverOfUser } from '../people/store.js';
import { installAccessControl } from './access.js';
import { installAnswerCache } from './answer-cache.js';
import type { App, AppContext } from './context.js';
import { installErrorHandling } from './errors.js';
import { healthRoutes } from './health.js';
import { installMetrics } from './metrics.js';
import { apiDocumentOptions } from './openapi.js';
import { installSecurityHeaders } from './security-headers.js';
import { assembleSlices, SLICES } from './slices.js';
import { installTextCheck } from './text-check.js';
import { todayRoutes } from './today-routes.js';
import { serveWebApp } from './web-app.js';

const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Builds the whole HTTP app; `listen` is the caller's business so tests can inject. */
export async function buildApp(ctx: AppContext): Promise<App> {
  assembleSlices();
  const app = Fastify({
    logger: ctx.config.LOG_LEVEL === 'silent' ? false : { level: ctx.config.LOG_LEVEL },
    bodyLimit: 1024 * 1024,
    trustProxy: ctx.config.TRUST_PROXY,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app, async (req) => {
    const actor = req.auth?.actor;
    if (!actor?.userId) return null;
    return (await findDriverOfUser(ctx.handle.db, actor.orgId, actor.userId))?.language ?? null;
  });

  await app.register(cookie);
  installSecurityHeaders(app);
  await app.register(swagger, apiDocumentOptions());
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  installMetrics(app, ctx.config);
  installAccessControl(app, ctx.handle, ctx.config.SESSION_DAYS);
  installAnswerCache(app, ctx.handle);
  installTextCheck(app);

  await app.register(
    async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>() as App;
      healthRoutes(typed, ctx);
      for (const slice of SLICES) for (const routes of slice.routes ?? []) routes(typed, ctx);
      todayRoutes(typed, ctx);
      typed.get('/openapi.json', { schema: { hide: true }, config: { access: { public: true } } }, () =>
        app.swagger(),
      );
    },
    { prefix: '/api/v1' },
  );

  for (const slice of SLICES) for (const worker of slice.workers ?? []) worker(app, ctx);
  await serveWebApp(app, WEB_DIST);
  return app;
}
