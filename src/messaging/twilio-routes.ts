import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App, AppContext } from '../app/context.js';
import { badRequest, forbidden, notFound } from '../app/problems.js';
import { validTwilioSignature } from './domain/twilio-signature.js';
import { type TwilioSettings, twilioSettings } from './providers/from-config.js';
import { handleInboundText, recordTwilioStatus } from './webhooks.js';

/** Twilio posts its webhooks form-encoded: every field is a string. */
const FormBody = z.record(z.string(), z.string());

const StatusFields = z.object({
  MessageSid: z.string().min(1).max(64),
  MessageStatus: z.string().min(1).max(40),
  ErrorCode: z.string().max(10).optional(),
});

const InboundFields = z.object({ From: z.string().min(1).max(40), Body: z.string().max(1600) });

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The TwiML answer to an inbound text: a reply, or nothing. */
const twiml = (reply: string | null) =>
  `<?xml version="1.0" encoding="UTF-8"?><Response>${reply ? `<Message>${xml(reply)}</Message>` : ''}</Response>`;

/**
 * Only Twilio may call these: the request must carry Twilio's signature over the address Twilio called
 * (PUBLIC_URL and the path) and the posted fields, made with the account's auth token.
 */
function signedFields<T>(
  req: FastifyRequest,
  fields: Record<string, string>,
  twilio: TwilioSettings | null,
  schema: z.ZodType<T>,
): T {
  if (!twilio) throw notFound('Twilio webhook (texts do not go through Twilio here)');
  const signature = req.headers['x-twilio-signature'];
  const url = `${twilio.publicUrl}${req.url}`;
  if (
    !validTwilioSignature(
      twilio.authToken,
      typeof signature === 'string' ? signature : undefined,
      url,
      fields,
    )
  ) {
    throw forbidden('The request does not carry a valid Twilio signature.');
  }
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    throw badRequest(
      'Not a Twilio webhook request.',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  return parsed.data;
}

/**
 * Twilio's webhooks: delivery reports of the texts we sent, and texts DAs send to our number (STOP,
 * START, HELP). Public (Twilio has no session); each request is checked by its signature instead.
 */
export function twilioRoutes(app: App, { handle, config }: AppContext): void {
  const { db } = handle;
  const twilio = twilioSettings(config);
  const tags = ['messaging'];
  const access = { access: { public: true } };
  // Form bodies are parsed for these routes only: the rest of the API takes JSON.
  void app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );
    const forms = scope.withTypeProvider<ZodTypeProvider>();

    forms.post(
      '/messaging/twilio/status',
      {
        config: access,
        schema: {
          tags,
          summary: 'Twilio status callback: delivered or not (signed by Twilio)',
          body: FormBody,
        },
      },
      async (req, reply) => {
        const fields = signedFields(req, req.body, twilio, StatusFields);
        await recordTwilioStatus(db, {
          messageSid: fields.MessageSid,
          status: fields.MessageStatus,
          errorCode: fields.ErrorCode || null,
        });
        return reply.status(204).send();
      },
    );

    forms.post(
      '/messaging/twilio/inbound',
      {
        config: access,
        schema: {
          tags,
          summary: 'A text to our number: STOP, START, HELP (signed by Twilio)',
          body: FormBody,
        },
      },
      async (req, reply) => {
        const fields = signedFields(req, req.body, twilio, InboundFields);
        const answer = await handleInboundText(db, { from: fields.From, body: fields.Body });
        return reply.type('text/xml').send(twiml(answer));
      },
    );
  });
}
