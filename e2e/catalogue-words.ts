import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import serverEn from '../src/app/messages/en.json' with { type: 'json' };
import serverEs from '../src/app/messages/es.json' with { type: 'json' };
import phoneEn from '../web/src/driver/messages/en.json' with { type: 'json' };
import phoneEs from '../web/src/driver/messages/es.json' with { type: 'json' };

/**
 * Which words of the other language a page shows, found from the catalogues themselves rather than a
 * hand-kept list: every literal phrase of every English message (the phone's and the server's) that
 * holds a word the Spanish catalogues never use is something a Spanish DA must not see, and the other
 * way round. Free text the catalogues do not hold (a message the server wrote, words a manager typed)
 * is caught by the language's small words ("the", "your" / "el", "su"), which no name contains.
 */

export type Language = 'en' | 'es';

const CATALOGUES: Record<Language, Record<string, string>[]> = {
  en: [phoneEn, serverEn],
  es: [phoneEs, serverEs],
};

/** Words that only one of the two languages writes; a name or acronym both use is not one of them. */
const SMALL_WORDS: Record<Language, string[]> = {
  en: ['the', 'your', 'you', 'and', 'with', 'is', 'are', 'was', 'to', 'of', 'for', 'this', 'my', 'not'],
  es: ['el', 'los', 'las', 'del', 'que', 'su', 'tu', 'tus', 'con', 'para', 'por', 'una', 'está', 'hoy'],
};

/** The literal text of a message, its plural and select branches included. */
function literals(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((e) => {
    if (e.type === TYPE.literal) return [e.value];
    if (e.type === TYPE.select || e.type === TYPE.plural) {
      return Object.values(e.options).flatMap((o) => literals(o.value));
    }
    if (e.type === TYPE.tag) return literals(e.children);
    return [];
  });
}

const WORD = /[\p{L}’']+/gu;
const words = (text: string): string[] => (text.match(WORD) ?? []).map((w) => w.toLowerCase());

/** Every word the catalogues of `language` write. */
function vocabulary(language: Language): Set<string> {
  return new Set(CATALOGUES[language].flatMap((c) => Object.values(c).flatMap((m) => words(m))));
}

/** The catalogues' phrases of `language` (cut at punctuation and arguments) that `other` never writes. */
export function foreignPhrases(language: Language, other: Language): string[] {
  const theirs = vocabulary(other);
  const phrases = CATALOGUES[language].flatMap((c) =>
    Object.values(c).flatMap((m) => literals(parse(m)).flatMap((l) => l.split(/[^\p{L}’' -]+/u))),
  );
  const distinct = phrases
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter((p) => words(p).some((w) => w.length >= 3 && !theirs.has(w)));
  return [...new Set([...distinct, ...SMALL_WORDS[language]])];
}

const literally = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The phrases of `phrases` that `text` shows as whole words, in any case (CSS may upper-case a label). */
export function shown(text: string, phrases: readonly string[]): string[] {
  return phrases.filter((p) => new RegExp(`(?<![\\p{L}’'])${literally(p)}(?![\\p{L}’'])`, 'iu').test(text));
}
