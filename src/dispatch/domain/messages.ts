import {
  type Language,
  type MessageText,
  type TemplateSpec,
  textOf,
} from '../../messaging/domain/templates.js';
import { weekday } from './calendar.js';
import type { ShiftKind } from './shift-checks.js';

/**
 * Texts sent to DAs about their schedule and routes, in the DA's language. The sentences are templates
 * an org may reword (src/messaging); the pieces inside them (days, shift kinds) are formatted here.
 */
export type { Language };

const DAYS: Record<Language, readonly string[]> = {
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  es: ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'],
};

const KINDS: Record<Language, Record<ShiftKind, string>> = {
  en: {
    route: 'route',
    standby: 'standby',
    training: 'training',
    'ride-along': 'ride-along',
    rescue: 'rescue',
    office: 'office',
  },
  es: {
    route: 'ruta',
    standby: 'reserva',
    training: 'capacitación',
    'ride-along': 'acompañamiento en ruta',
    rescue: 'rescate',
    office: 'oficina',
  },
};

const day = (lang: Language, date: string) =>
  `${DAYS[lang][weekday(date)]} ${date.slice(5, 7)}/${date.slice(8, 10)}`;

export interface ShiftLine {
  date: string;
  kind: ShiftKind;
  startTime: string;
}

const shiftText = (lang: Language, s: ShiftLine) =>
  `${day(lang, s.date)} ${KINDS[lang][s.kind]} ${s.startTime}`;

const DAY_VARIABLE = { label: 'The day', example: { en: 'Fri 06/12', es: 'vie 06/12' } };
const ROUTE_VARIABLE = { label: 'The route’s code', example: { en: 'CX127', es: 'CX127' } };
const WEEK_VARIABLE = { label: 'The week’s first day', example: { en: 'Sun 06/07', es: 'dom 06/07' } };

const WEEK_PUBLISHED: TemplateSpec = {
  key: 'week_published',
  label: 'A week’s schedule is published',
  variables: {
    week: WEEK_VARIABLE,
    shifts: {
      label: 'The DA’s shifts that week',
      example: { en: 'Mon 06/08 route 10:20 · Tue 06/09 standby 09:40', es: 'lun 06/08 ruta 10:20' },
    },
  },
  body: {
    en: 'Your schedule for the week of {week}: {shifts}. Please confirm it in Stationhand.',
    es: 'Tu horario de la semana del {week}: {shifts}. Confírmalo en Stationhand.',
  },
};

const WEEK_WITHOUT_SHIFTS: TemplateSpec = {
  key: 'week_published_no_shifts',
  label: 'A week is published without shifts for the DA',
  variables: { week: WEEK_VARIABLE },
  body: {
    en: 'You have no shifts in the week of {week}.',
    es: 'No tienes turnos la semana del {week}.',
  },
};

const SHIFT_CHANGED: TemplateSpec = {
  key: 'shift_changed',
  label: 'A published shift is added or changed',
  variables: {
    shift: {
      label: 'The shift: day, kind, start',
      example: { en: 'Fri 06/12 route 10:20', es: 'vie 06/12 ruta 10:20' },
    },
  },
  body: {
    en: 'Schedule change: {shift}. Please confirm it in Stationhand.',
    es: 'Cambio de horario: {shift}. Confírmalo en Stationhand.',
  },
};

const SHIFT_REMOVED: TemplateSpec = {
  key: 'shift_removed',
  label: 'A published shift is taken off',
  variables: { day: DAY_VARIABLE },
  body: {
    en: 'Schedule change: you are no longer working on {day}.',
    es: 'Cambio de horario: ya no trabajas el {day}.',
  },
};

const ROUTE_ASSIGNED: TemplateSpec = {
  key: 'route_assigned',
  label: 'The DA’s route for a day (roster published or changed)',
  variables: {
    day: DAY_VARIABLE,
    route: ROUTE_VARIABLE,
    wave: { label: 'The wave time', example: { en: '10:20', es: '10:20' } },
    staging: { label: 'The staging location', example: { en: 'STG.A1', es: 'STG.A1' } },
    van: { label: 'The van’s fleet number', example: { en: 'V-017', es: 'V-017' } },
  },
  body: {
    en: '{day}: route {route}, wave {wave}, staging {staging}, van {van}.',
    es: '{day}: ruta {route}, ola {wave}, zona {staging}, van {van}.',
  },
};

const ROUTE_REMOVED: TemplateSpec = {
  key: 'route_removed',
  label: 'The DA is taken off a route after the roster was published',
  variables: { day: DAY_VARIABLE, route: ROUTE_VARIABLE },
  body: {
    en: '{day}: you are no longer on route {route}. Check with your dispatcher.',
    es: '{day}: ya no tienes la ruta {route}. Habla con tu despachador.',
  },
};

const TIME_OFF_VARIABLES: TemplateSpec['variables'] = {
  days: { label: 'The days asked for', example: { en: 'Thu 06/11–Fri 06/12', es: 'jue 06/11–vie 06/12' } },
  note: {
    label: 'The manager’s note (may be empty)',
    example: { en: 'Enjoy the wedding.', es: 'Disfruta la boda.' },
  },
};

const TIME_OFF_APPROVED: TemplateSpec = {
  key: 'time_off_approved',
  label: 'A time-off request is approved',
  variables: TIME_OFF_VARIABLES,
  body: {
    en: 'Your time-off request ({days}) was approved. {note}',
    es: 'Tu solicitud de días libres ({days}) fue aprobada. {note}',
  },
};

const TIME_OFF_DENIED: TemplateSpec = {
  key: 'time_off_denied',
  label: 'A time-off request is denied',
  variables: TIME_OFF_VARIABLES,
  body: {
    en: 'Your time-off request ({days}) was denied. {note}',
    es: 'Tu solicitud de días libres ({days}) fue rechazada. {note}',
  },
};

/** Every dispatch text, for the templates page and its org overrides. */
export const DISPATCH_TEMPLATES: readonly TemplateSpec[] = [
  WEEK_PUBLISHED,
  WEEK_WITHOUT_SHIFTS,
  SHIFT_CHANGED,
  SHIFT_REMOVED,
  ROUTE_ASSIGNED,
  ROUTE_REMOVED,
  TIME_OFF_APPROVED,
  TIME_OFF_DENIED,
];

/** The week's schedule as it was published. */
export function weekPublishedText(
  lang: Language,
  weekStart: string,
  shifts: readonly ShiftLine[],
): MessageText {
  const week = day(lang, weekStart);
  if (shifts.length === 0) return textOf(WEEK_WITHOUT_SHIFTS, lang, { week });
  return textOf(WEEK_PUBLISHED, lang, { week, shifts: shifts.map((s) => shiftText(lang, s)).join(' · ') });
}

/** A published shift was added, changed or taken off. */
export function shiftChangedText(lang: Language, date: string, shift: ShiftLine | null): MessageText {
  return shift
    ? textOf(SHIFT_CHANGED, lang, { shift: shiftText(lang, shift) })
    : textOf(SHIFT_REMOVED, lang, { day: day(lang, date) });
}

export interface RouteLine {
  date: string;
  code: string;
  waveTime: string;
  stagingLocation: string | null;
  van: string | null;
}

/** Today's (or tomorrow's) route, van, staging location and wave time. */
export function routeAssignedText(lang: Language, r: RouteLine): MessageText {
  return textOf(ROUTE_ASSIGNED, lang, {
    day: day(lang, r.date),
    route: r.code,
    wave: r.waveTime,
    staging: r.stagingLocation ?? '—',
    van: r.van ?? (lang === 'es' ? 'por asignar' : 'to be assigned'),
  });
}

/** The DA was taken off a route after the roster was published. */
export function routeRemovedText(lang: Language, date: string, code: string): MessageText {
  return textOf(ROUTE_REMOVED, lang, { day: day(lang, date), route: code });
}

/** A time-off request was decided. */
export function timeOffDecidedText(
  lang: Language,
  r: { firstDate: string; lastDate: string; approved: boolean; note: string | null },
): MessageText {
  const days =
    r.firstDate === r.lastDate
      ? day(lang, r.firstDate)
      : `${day(lang, r.firstDate)}–${day(lang, r.lastDate)}`;
  return textOf(r.approved ? TIME_OFF_APPROVED : TIME_OFF_DENIED, lang, { days, note: r.note ?? '' });
}

/** The note on the shift of a DA called in for a route: the DA reads it on the phone, in their language. */
export const calledInNote = (language: Language, routeCode: string): string =>
  language === 'es' ? `Te llamaron para cubrir la ruta ${routeCode}` : `Called in for ${routeCode}`;
