/**
 * What no text we store may hold, on either database: NUL (PostgreSQL refuses it, so a value SQLite
 * kept breaks a move or a restore to PostgreSQL), a lone UTF-16 surrogate (no UTF-8 can carry it:
 * SQLite keeps broken bytes, shown as "���"), and the other C0 control characters but tab, line feed
 * and carriage return (invisible, never typed on purpose, and an XLSX export drops them silently).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is what it is for.
const CONTROL = /[\0-\x08\x0B\x0C\x0E-\x1F]/;
// One cheap first look for either (without the u flag a valid pair matches too; pairs are rare).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is what it is for.
const SUSPECT = /[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF]/;
// With it, a valid pair is one character (an emoji): only a half left alone is a surrogate.
const LONE_SURROGATE = /\p{Cs}/u;

/** Why a text may not be stored, or undefined when it may. */
export function textProblem(text: string): string | undefined {
  if (!SUSPECT.test(text)) return undefined;
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return code === '0000'
      ? 'Holds a NUL character (U+0000), which no text may contain: remove it.'
      : `Holds an invisible control character (U+${code}): remove it.`;
  }
  if (LONE_SURROGATE.test(text)) {
    return 'Holds a broken character (half of a UTF-16 surrogate pair): retype the text.';
  }
  return undefined;
}

/** The text with what textProblem refuses shown as "�", to name a field or a column that holds it. */
export const shown = (text: string): string =>
  text
    .replace(new RegExp(LONE_SURROGATE.source, 'gu'), '\uFFFD')
    .replace(new RegExp(CONTROL.source, 'g'), '\uFFFD');

/** A count with its noun: "1 route", "3 routes" ("1 van", "2 DAs"; `many` for irregular plurals). */
export const counted = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
