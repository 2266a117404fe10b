import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake received, as Twilio would have read it. */
export interface TwilioRequest {
  path: string;
  /** The basic-auth user and password sent. */
  user: string | null;
  password: string | null;
  to: string | null;
  from: string | null;
  body: string | null;
  statusCallback: string | null;
  /** What the fake answered. */
  status: number;
  sid: string | null;
}

/** An answer in Twilio's error shape `{code, message, more_info, status}`, or a raw (non-JSON) body. */
export interface TwilioErrorAnswer {
  status: number;
  code?: number;
  message?: string;
  raw?: string;
}

/** Errors Twilio's Messages API answers, with its codes and wording. */
export const TWILIO_ERRORS = {
  invalidNumber: { status: 400, code: 21211, message: "The 'To' number is not a valid phone number." },
  unsubscribed: { status: 400, code: 21610, message: 'Attempt to send to unsubscribed recipient' },
  tooManyRequests: { status: 429, code: 20429, message: 'Too Many Requests' },
  serverError: { status: 500, code: 20500, message: 'Internal Server Error' },
  badGateway: { status: 502, raw: '<html><body>502 Bad Gateway</body></html>' },
} as const satisfies Record<string, TwilioErrorAnswer>;

export interface FakeTwilio {
  /** Base URL to give the client instead of https://api.twilio.com. */
  url: string;
  accountSid: string;
  authToken: string;
  requests: TwilioRequest[];
  /** Requests that created a message (what a DA would have received). */
  sent(): TwilioRequest[];
  /** Answers the next requests with these errors, in order, then goes back to accepting. */
  failNext(...answers: TwilioErrorAnswer[]): void;
  close(): Promise<void>;
}

const moreInfo = (code: number) => `https://www.twilio.com/docs/errors/${code}`;

function basicAuth(header: string | undefined): { user: string | null; password: string | null } {
  if (!header?.startsWith('Basic ')) return { user: null, password: null };
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** The message resource Twilio answers 201 with. */
function messageResource(accountSid: string, sid: string, form: URLSearchParams) {
  const now = new Date().toUTCString();
  return {
    account_sid: accountSid,
    api_version: '2010-04-01',
    body: form.get('Body'),
    date_created: now,
    date_sent: null,
    date_updated: now,
    direction: 'outbound-api',
    error_code: null,
    error_message: null,
    from: form.get('From'),
    messaging_service_sid: null,
    num_media: '0',
    num_segments: '1',
    price: null,
    price_unit: 'USD',
    sid,
    status: 'queued',
    subresource_uris: { media: `/2010-04-01/Accounts/${accountSid}/Messages/${sid}/Media.json` },
    to: form.get('To'),
    uri: `/2010-04-01/Accounts/${accountSid}/Messages/${sid}.json`,
  };
}

/**
 * A local HTTP server that answers like Twilio's Messages API (POST …/Accounts/{sid}/Messages.json,
 * form-encoded, basic auth), including its error shapes, and records every request. Tests point the real
 * Twilio client at it.
 */
export async function startFakeTwilio(
  fixed: { port?: number; accountSid?: string; authToken?: string } = {},
): Promise<FakeTwilio> {
  const accountSid = fixed.accountSid ?? `AC${randomBytes(16).toString('hex')}`;
  const authToken = fixed.authToken ?? randomBytes(16).toString('hex');
  const requests: TwilioRequest[] = [];
  const queued: TwilioErrorAnswer[] = [];

  const answer = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const error = (res: http.ServerResponse, e: TwilioErrorAnswer) => {
    if (e.raw !== undefined) {
      res.writeHead(e.status, { 'content-type': 'text/html' });
      res.end(e.raw);
      return;
    }
    const code = e.code ?? 20500;
    answer(res, e.status, {
      code,
      message: e.message ?? 'Error',
      more_info: moreInfo(code),
      status: e.status,
    });
  };

  function handle(req: http.IncomingMessage, raw: string, res: http.ServerResponse) {
    const form = new URLSearchParams(raw);
    const auth = basicAuth(req.headers.authorization);
    const seen: TwilioRequest = {
      path: req.url ?? '',
      ...auth,
      to: form.get('To'),
      from: form.get('From'),
      body: form.get('Body'),
      statusCallback: form.get('StatusCallback'),
      status: 0,
      sid: null,
    };
    requests.push(seen);
    const reply = (status: number, e?: TwilioErrorAnswer) => {
      seen.status = status;
      if (e) error(res, e);
    };
    if (req.method !== 'POST' || req.url !== `/2010-04-01/Accounts/${accountSid}/Messages.json`) {
      return reply(404, { status: 404, code: 20404, message: 'The requested resource was not found' });
    }
    if (auth.user !== accountSid || auth.password !== authToken) {
      return reply(401, { status: 401, code: 20003, message: 'Authenticate' });
    }
    const next = queued.shift();
    if (next) return reply(next.status, next);
    if (!seen.to)
      return reply(400, { status: 400, code: 21604, message: "A 'To' phone number is required." });
    if (!seen.body) return reply(400, { status: 400, code: 21602, message: 'Message body is required.' });
    seen.sid = `SM${randomBytes(16).toString('hex')}`;
    seen.status = 201;
    answer(res, 201, messageResource(accountSid, seen.sid, form));
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, Buffer.concat(chunks).toString('utf8'), res));
  });
  await new Promise<void>((resolve) => server.listen(fixed.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    requests,
    sent: () => requests.filter((r) => r.status === 201),
    failNext: (...answers) => queued.push(...answers),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
