import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { PageQuery, pageSchema } from '../shared/pagination.js';
import { IdParams } from '../tenancy/schemas.js';
import { driverMessages, orgMessages } from './messages.js';
import {
  MessageFilterQuery,
  MessageOut,
  PreviewIn,
  PreviewOut,
  SettingsIn,
  SettingsOut,
  TemplateBody,
  TemplateOut,
  TemplateParams,
  TextsToOut,
} from './schemas.js';
import { changeMessagingSettings, messagingSettings } from './settings.js';
import { listTemplates, previewTemplate, resetTemplate, saveTemplate } from './templates.js';

/** Staff's view of messages to DAs (both channels), the org's messaging settings and its templates. */
export function messagingRoutes(app: App, { handle, config }: AppContext): void {
  const { db } = handle;
  const tags = ['messaging'];
  const read = { permission: 'messages.read' } as const;
  const manage = { permission: 'messages.manage' } as const;

  app.get(
    '/drivers/:id/messages',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'A DA’s messages in the app and by text, newest first, and whether they get texts',
        params: IdParams,
        querystring: PageQuery,
        response: { 200: pageSchema(MessageOut).extend({ texts: TextsToOut }) },
      },
    },
    async (req) => driverMessages(db, actorOf(req), req.params.id, req.query),
  );

  app.get(
    '/messages',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'The org’s messages to DAs, newest first (`to` is exclusive)',
        querystring: PageQuery.extend(MessageFilterQuery.shape),
        response: { 200: pageSchema(MessageOut.extend({ driverName: z.string() })) },
      },
    },
    async (req) => orgMessages(db, actorOf(req), req.query),
  );

  app.get(
    '/messaging/settings',
    {
      config: { access: read },
      schema: { tags, summary: 'Texts on or off, quiet hours, rate limit', response: { 200: SettingsOut } },
    },
    async (req) => messagingSettings(db, actorOf(req).orgId, config.SMS_PROVIDER),
  );

  app.put(
    '/messaging/settings',
    {
      config: { access: { permission: 'org.settings' } },
      schema: {
        tags,
        summary: 'Change the messaging settings (owners)',
        body: SettingsIn,
        response: { 200: SettingsOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await changeMessagingSettings(db, actor, req.body);
      return messagingSettings(db, actor.orgId, config.SMS_PROVIDER);
    },
  );

  app.get(
    '/messaging/templates',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Every message template, in English and Spanish, as the org words it',
        response: { 200: z.object({ items: z.array(TemplateOut) }) },
      },
    },
    async (req) => ({ items: await listTemplates(db, actorOf(req).orgId) }),
  );

  app.put(
    '/messaging/templates/:key/:language',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: 'Reword a template in one language (its {variables} are checked)',
        params: TemplateParams,
        body: z.strictObject({ body: TemplateBody }),
        response: { 200: TemplateOut },
      },
    },
    async (req) => saveTemplate(db, actorOf(req), { ...req.params, body: req.body.body }),
  );

  app.delete(
    '/messaging/templates/:key/:language',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: 'Go back to the default wording',
        params: TemplateParams,
        response: { 200: TemplateOut },
      },
    },
    async (req) => resetTemplate(db, actorOf(req), req.params),
  );

  app.post(
    '/messaging/templates/preview',
    {
      config: { access: read },
      schema: {
        tags,
        summary:
          'A template exactly as it would be sent (for a DA: their language, name and texts), with SMS parts',
        body: PreviewIn,
        response: { 200: PreviewOut },
      },
    },
    async (req) => previewTemplate(db, actorOf(req), req.body),
  );
}
