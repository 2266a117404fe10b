import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { auditRoutes } from '../audit/routes.js';
import { authRoutes } from '../auth/routes.js';
import { tokenRoutes } from '../auth/token-routes.js';
import { coachingRoutes } from '../coaching/routes.js';
import { installCoachingWorker } from '../coaching/worker.js';
import type { DatabaseHandle } from '../db/database.js';
import { boardRoutes } from '../dispatch/board-routes.js';
import { myScheduleRoutes } from '../dispatch/my-routes.js';
import { scheduleRoutes } from '../dispatch/schedule-routes.js';
import { fileRoutes } from '../files/routes.js';
import { maintenanceRoutes } from '../fleet/maintenance-routes.js';
import { vanRoutes } from '../fleet/routes.js';
import { importRoutes } from '../imports/routes.js';
import { alertRoutes } from '../inspections/alert-routes.js';
import { damageRoutes } from '../inspections/damage-routes.js';
import { myInspectionRoutes } from '../inspections/my-routes.js';
import { inspectionRoutes } from '../inspections/routes.js';
import { messagingRoutes } from '../messaging/routes.js';
import { twilioRoutes } from '../messaging/twilio-routes.js';
import { installOutboxWorker } from '../messaging/worker.js';
import { myDriverRoutes } from '../people/my-routes.js';
import { peopleRecordRoutes } from '../people/records-routes.js';
import { driverRoutes } from '../people/routes.js';
import { performanceRoutes } from '../performance/routes.js';
import { readinessRoutes } from '../readiness/routes.js';
import { orgRoutes } from '../tenancy/org-routes.js';
import { stationRoutes } from '../tenancy/station-routes.js';
import { userRoutes } from '../tenancy/user-routes.js';
import { installAccessControl } from './access.js';
import type { Config } from './config.js';
import { installErrorHandling } from './errors.js';
import { healthRoutes } from './health.js';
import { installMetrics } from './metrics.js';
import { installSecurityHeaders } from './security-headers.js';
import { installTextCheck } from './text-check.js';
import { VERSION } from './version.js';
import { serveWebApp } from './web-app.js';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface AppContext {
  handle: DatabaseHandle;
  config: Config;
}

const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Builds the whole HTTP app; `listen` is the caller's business so tests can inject. */
export async function buildApp(ctx: AppContext): Promise<App> {
  const app = Fastify({
    logger: ctx.config.LOG_LEVEL === 'silent' ? false : { level: ctx.config.LOG_LEVEL },
    bodyLimit: 1024 * 1024,
    trustProxy: ctx.config.TRUST_PROXY,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);

  await app.register(cookie);
  installSecurityHeaders(app);
  await app.register(multipart, {
    limits: { fileSize: ctx.config.MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 10 },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Stationhand API', version: VERSION },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'sh_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  installMetrics(app, ctx.config);
  installAccessControl(app, ctx.handle.db, ctx.config.SESSION_DAYS);
  installTextCheck(app);

  await app.register(
    async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>() as App;
      healthRoutes(typed, ctx);
      authRoutes(typed, ctx);
      orgRoutes(typed, ctx);
      stationRoutes(typed, ctx);
      userRoutes(typed, ctx);
      tokenRoutes(typed, ctx);
      auditRoutes(typed, ctx);
      importRoutes(typed, ctx);
      driverRoutes(typed, ctx);
      myDriverRoutes(typed, ctx);
      peopleRecordRoutes(typed, ctx);
      fileRoutes(typed, ctx);
      readinessRoutes(typed, ctx);
      vanRoutes(typed, ctx);
      maintenanceRoutes(typed, ctx);
      inspectionRoutes(typed, ctx);
      myInspectionRoutes(typed, ctx);
      scheduleRoutes(typed, ctx);
      boardRoutes(typed, ctx);
      myScheduleRoutes(typed, ctx);
      damageRoutes(typed, ctx);
      alertRoutes(typed, ctx);
      performanceRoutes(typed, ctx);
      messagingRoutes(typed, ctx);
      coachingRoutes(typed, ctx);
      twilioRoutes(typed, ctx);
      typed.get('/openapi.json', { schema: { hide: true }, config: { access: { public: true } } }, () =>
        app.swagger(),
      );
    },
    { prefix: '/api/v1' },
  );

  installOutboxWorker(app, ctx.handle.db, ctx.config);
  installCoachingWorker(app, ctx.handle.db);
  await serveWebApp(app, WEB_DIST);
  return app;
}
