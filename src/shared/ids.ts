import { v7 as uuidv7 } from 'uuid';

/** Opaque, time-ordered ids: cursor pagination can order by id alone. */
export const newId = (): string => uuidv7();

/** Instants are stored as UTC ISO-8601 strings with milliseconds, the same text on both databases. */
export const nowIso = (): string => new Date().toISOString();
