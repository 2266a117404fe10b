import {
  type Language,
  type MessageText,
  type TemplateSpec,
  textOf,
} from '../../messaging/domain/templates.js';
import { METRIC_LABELS } from '../../performance/domain/metric-names.js';
import type { Standing } from '../../performance/domain/profile.js';
import type { Cause } from './cause.js';
import type { Action } from './rules.js';

/**
 * What a DA reads about a coaching item, in their language: the cause in words, and the message each
 * action sends (templates an org may reword on the Messages page).
 */
const STANDING_NAMES: Record<Standing, string> = {
  fantastic_plus: 'Fantastic Plus',
  fantastic: 'Fantastic',
  great: 'Great',
  fair: 'Fair',
  poor: 'Poor',
};

/**
 * The camera vendors' event names (Cortex, Netradyne; the rule's trigger names them) in Spanish, as the
 * phone's catalogue says them (web/src/driver/EventMessages.ts); a name not listed is said as given.
 */
const EVENT_NAMES_ES: Record<string, string> = {
  speeding: 'Exceso de velocidad',
  '10-19 mph over the limit': '10-19 MPH sobre el límite',
  '20+ mph over the limit': '20+ MPH sobre el límite',
  'following distance': 'Distancia de seguimiento',
  distraction: 'Distracción',
  'driver distraction': 'Distracción al conducir',
  'looking down': 'Mirando hacia abajo',
  'phone manipulation': 'Uso del teléfono',
  'talking on phone': 'Hablando por teléfono',
  'sign/signal violation': 'Infracción de señal o semáforo',
  'sign violations': 'Infracciones de señales',
  'stop sign violation': 'No respetó la señal de alto',
  'stop sign': 'Señal de alto',
  'traffic light violation': 'No respetó el semáforo',
  'illegal u-turn': 'Vuelta en U prohibida',
  'seatbelt-off': 'Sin cinturón',
  'seatbelt compliance': 'Uso del cinturón',
};

const shortDate = (date: string) => `${date.slice(5, 7)}/${date.slice(8, 10)}`;

function valueText(cause: Extract<Cause, { type: 'metric' }>, value: number): string {
  if (cause.unit === 'ratio') return `${(value * 100).toFixed(1)}%`;
  return String(Math.round(value * 100) / 100);
}

/** The cause in one sentence, for the message and the DA's phone. */
export function causeText(cause: Cause, lang: Language): string {
  const es = lang === 'es';
  switch (cause.type) {
    case 'events': {
      const first = cause.events[0]?.businessDate ?? '';
      const last = cause.events[cause.events.length - 1]?.businessDate ?? '';
      const span = first === last ? shortDate(first) : `${shortDate(first)}–${shortDate(last)}`;
      const name = EVENT_NAMES_ES[cause.eventType.trim().toLowerCase()] ?? cause.eventType;
      return es
        ? `${cause.events.length} eventos de "${name}" (${span})`
        : `${cause.events.length} "${cause.eventType}" events (${span})`;
    }
    case 'metric': {
      const name = METRIC_LABELS[lang][cause.metric];
      const value = valueText(cause, cause.value);
      const goal = valueText(cause, cause.threshold);
      return es
        ? `${name}: ${value} la semana pasada (meta: ${goal})`
        : `${name}: ${value} last week (goal: ${goal})`;
    }
    case 'tier_drop':
      return es
        ? `tu nivel de la semana bajó de ${STANDING_NAMES[cause.from]} a ${STANDING_NAMES[cause.to]}`
        : `your weekly standing went from ${STANDING_NAMES[cause.from]} to ${STANDING_NAMES[cause.to]}`;
    case 'fantastic':
      return es ? `una semana ${STANDING_NAMES[cause.standing]}` : `a ${STANDING_NAMES[cause.standing]} week`;
  }
}

const CAUSE_VARIABLE = {
  label: 'Why: the events or the metric, in the DA’s language',
  example: {
    en: '3 "Following Distance" events (11/02–11/05)',
    es: '3 eventos de "Distancia de seguimiento" (11/02–11/05)',
  },
};

const spec = (key: string, label: string, en: string, es: string): TemplateSpec => ({
  key,
  label,
  variables: { cause: CAUSE_VARIABLE },
  body: { en, es },
});

export const COACHING_TEMPLATES: Record<Action, TemplateSpec> = {
  message: spec(
    'coaching_message',
    'Coaching: a message about events or a metric',
    'Coaching from {orgName}: {cause}. Please review it in Stationhand and tap Acknowledge, or tell us if it is wrong.',
    'Coaching de {orgName}: {cause}. Revísalo en Stationhand y toca Confirmar, o avísanos si es un error.',
  ),
  one_on_one: spec(
    'coaching_one_on_one',
    'Coaching: a 1:1 with a manager',
    '{firstName}, your manager would like a short 1:1 about {cause}. Details in Stationhand.',
    '{firstName}, tu gerente quiere hablar contigo en una reunión 1:1 corta sobre: {cause}. Detalles en Stationhand.',
  ),
  ride_along: spec(
    'coaching_ride_along',
    'Coaching: a ride-along',
    '{firstName}, a trainer will ride along with you soon about {cause}. Details in Stationhand.',
    '{firstName}, pronto un entrenador va a ir contigo en tu ruta por: {cause}. Detalles en Stationhand.',
  ),
  written_warning: spec(
    'coaching_warning',
    'Coaching: a written warning to sign',
    '{firstName}, you have a written warning about {cause}. Please read and sign it in Stationhand.',
    '{firstName}, tienes una advertencia por escrito por: {cause}. Léela y fírmala en Stationhand.',
  ),
  recognition: spec(
    'coaching_recognition',
    'Recognition: a good week',
    'Great work, {firstName}! You had {cause}. Thank you from {orgName}.',
    '¡Buen trabajo, {firstName}! Tuviste {cause}. Gracias de parte de {orgName}.',
  ),
};

export const COACHING_TEMPLATE_LIST: readonly TemplateSpec[] = Object.values(COACHING_TEMPLATES);

const MANAGER_NOTE: Record<Language, string> = { en: 'Note from your manager', es: 'Nota de tu gerente' };

/** The message an item's action sends, in the DA's language, with the manager's note if they wrote one. */
export function coachingText(
  action: Action,
  cause: Cause,
  lang: Language,
  who: { firstName: string; orgName: string },
  managerNote: string | null = null,
): MessageText {
  const text = textOf(COACHING_TEMPLATES[action], lang, { ...who, cause: causeText(cause, lang) });
  return managerNote ? { ...text, body: `${text.body}\n\n${MANAGER_NOTE[lang]}: ${managerNote}` } : text;
}

/** What each action is, as the item's history says it to staff. */
export const ACTION_NAMES: Record<Action, string> = {
  message: 'message',
  one_on_one: '1:1 with a manager',
  ride_along: 'ride-along',
  written_warning: 'written warning',
  recognition: 'recognition',
};

/** The item's title on the DA's phone. */
export const ACTION_TITLES: Record<Language, Record<Action, string>> = {
  en: {
    message: 'Coaching',
    one_on_one: '1:1 with a manager',
    ride_along: 'Ride-along',
    written_warning: 'Written warning',
    recognition: 'Recognition',
  },
  es: {
    message: 'Coaching',
    one_on_one: 'Reunión 1:1 con tu gerente',
    ride_along: 'Acompañamiento en ruta',
    written_warning: 'Advertencia por escrito',
    recognition: 'Reconocimiento',
  },
};
