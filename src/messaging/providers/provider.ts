import type { SendOutcome } from '../domain/outbox.js';

export interface OutgoingSms {
  messageId: string;
  /** E.164. */
  to: string;
  body: string;
}

/** Where texts go: every provider answers one send with what became of it, never by throwing. */
export interface SmsProvider {
  readonly name: 'log' | 'twilio';
  send(sms: OutgoingSms): Promise<SendOutcome>;
}

/** The part of the server's logger (pino) providers and the worker write to. */
export interface Log {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** A phone number as logs may show it: country code and last four digits. */
export const maskPhone = (phone: string): string => `${phone.slice(0, 2)}…${phone.slice(-4)}`;
