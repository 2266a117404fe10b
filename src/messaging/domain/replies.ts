import type { KeywordAction } from './keywords.js';
import type { Language } from './templates.js';

const REPLIES: Record<KeywordAction, Record<Language, (from: string) => string>> = {
  help: {
    en: (from) =>
      `${from}: texts about your schedule and routes, sent by Stationhand. Reply STOP to stop, START to resume. Msg & data rates may apply.`,
    es: (from) =>
      `${from}: mensajes sobre tu horario y tus rutas, enviados por Stationhand. Responde ALTO para dejar de recibirlos, COMENZAR para volver. Pueden aplicarse tarifas.`,
  },
  stop: {
    en: (from) => `${from}: you will get no more texts from us. Reply START to get them again.`,
    es: (from) => `${from}: ya no recibirás mensajes nuestros. Responde COMENZAR para volver a recibirlos.`,
  },
  start: {
    en: (from) => `${from}: you will get texts from us again. Reply STOP to stop.`,
    es: (from) => `${from}: volverás a recibir nuestros mensajes. Responde ALTO para dejarlos.`,
  },
};

/** The answer to a keyword, naming the DSPs the number belongs to (or Stationhand when none). */
export const keywordReply = (
  action: KeywordAction,
  language: Language,
  orgNames: readonly string[],
): string => REPLIES[action][language](orgNames.length > 0 ? orgNames.join(' / ') : 'Stationhand');
