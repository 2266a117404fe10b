import type { Language } from './templates.js';

export type KeywordAction = 'stop' | 'start' | 'help';

export interface Keyword {
  action: KeywordAction;
  /** The word as matched (upper case, without accents), e.g. STOP or ALTO. */
  word: string;
  /** The language the word is in, when it tells; INFO is the same in both. */
  language: Language | null;
}

/**
 * Twilio's standard keywords (STOP, START, HELP and their synonyms) and their Spanish counterparts.
 * As carriers and Twilio do, only a message that is the keyword alone counts: "stop by the office"
 * is not an opt-out.
 */
const WORDS: Record<string, Omit<Keyword, 'word'>> = {
  ...words(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'OPTOUT', 'REVOKE'], 'stop', 'en'),
  ...words(['ALTO', 'PARAR', 'DETENER', 'CANCELAR', 'BAJA'], 'stop', 'es'),
  ...words(['START', 'YES', 'UNSTOP'], 'start', 'en'),
  ...words(['COMENZAR', 'INICIAR', 'REANUDAR', 'SI'], 'start', 'es'),
  ...words(['HELP'], 'help', 'en'),
  ...words(['AYUDA'], 'help', 'es'),
  ...words(['INFO'], 'help', null),
};

function words(list: string[], action: KeywordAction, language: Language | null) {
  return Object.fromEntries(list.map((w) => [w, { action, language }]));
}

/** The keyword a whole message is, ignoring case, accents ("Sí"), spaces and end punctuation ("stop."). */
export function parseKeyword(body: string): Keyword | null {
  const word = body
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^[\s¡¿"'.,!?]+|[\s"'.,!?]+$/g, '')
    .toUpperCase();
  const found = WORDS[word];
  return found ? { word, ...found } : null;
}
