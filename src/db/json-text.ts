/**
 * A LIKE pattern matching an id as a whole quoted string inside a JSON text column. Only for ids this
 * app made (UUIDv7: no `%` or `_` to escape).
 */
export const quotedIn = (id: string): string => `%${JSON.stringify(id)}%`;
