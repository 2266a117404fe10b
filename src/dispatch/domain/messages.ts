import { weekday } from './calendar.js';
import type { ShiftKind } from './shift-checks.js';

/** Texts sent to DAs about their schedule and routes, in the DA's language. */
export type Language = 'en' | 'es';

const DAYS: Record<Language, readonly string[]> = {
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  es: ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'],
};

const KINDS: Record<Language, Record<ShiftKind, string>> = {
  en: { route: 'route', standby: 'standby', training: 'training', rescue: 'rescue', office: 'office' },
  es: { route: 'ruta', standby: 'reserva', training: 'capacitación', rescue: 'rescate', office: 'oficina' },
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

/** The week's schedule as it was published. */
export function weekPublishedText(lang: Language, weekStart: string, shifts: readonly ShiftLine[]): string {
  const lines = shifts.map((s) => shiftText(lang, s)).join(' · ');
  if (lang === 'es') {
    return shifts.length
      ? `Tu horario de la semana del ${day(lang, weekStart)}: ${lines}. Confírmalo en Stationhand.`
      : `No tienes turnos la semana del ${day(lang, weekStart)}.`;
  }
  return shifts.length
    ? `Your schedule for the week of ${day(lang, weekStart)}: ${lines}. Please confirm it in Stationhand.`
    : `You have no shifts in the week of ${day(lang, weekStart)}.`;
}

/** A published shift was added, changed or taken off. */
export function shiftChangedText(lang: Language, date: string, shift: ShiftLine | null): string {
  if (lang === 'es') {
    return shift
      ? `Cambio de horario: ${shiftText(lang, shift)}. Confírmalo en Stationhand.`
      : `Cambio de horario: ya no trabajas el ${day(lang, date)}.`;
  }
  return shift
    ? `Schedule change: ${shiftText(lang, shift)}. Please confirm it in Stationhand.`
    : `Schedule change: you are no longer working on ${day(lang, date)}.`;
}

export interface RouteLine {
  date: string;
  code: string;
  waveTime: string;
  stagingLocation: string | null;
  van: string | null;
}

/** Today's (or tomorrow's) route, van, staging location and wave time. */
export function routeAssignedText(lang: Language, r: RouteLine): string {
  const staging = r.stagingLocation ?? '—';
  const van = r.van ?? (lang === 'es' ? 'por asignar' : 'to be assigned');
  return lang === 'es'
    ? `${day(lang, r.date)}: ruta ${r.code}, ola ${r.waveTime}, zona ${staging}, camioneta ${van}.`
    : `${day(lang, r.date)}: route ${r.code}, wave ${r.waveTime}, staging ${staging}, van ${van}.`;
}

/** The DA was taken off a route after the roster was published. */
export function routeRemovedText(lang: Language, date: string, code: string): string {
  return lang === 'es'
    ? `${day(lang, date)}: ya no tienes la ruta ${code}. Habla con tu despachador.`
    : `${day(lang, date)}: you are no longer on route ${code}. Check with your dispatcher.`;
}

/** A time-off request was decided. */
export function timeOffDecidedText(
  lang: Language,
  r: { firstDate: string; lastDate: string; approved: boolean; note: string | null },
): string {
  const span =
    r.firstDate === r.lastDate
      ? day(lang, r.firstDate)
      : `${day(lang, r.firstDate)}–${day(lang, r.lastDate)}`;
  const note = r.note ? ` ${r.note}` : '';
  if (lang === 'es')
    return `Tu solicitud de días libres (${span}) fue ${r.approved ? 'aprobada' : 'rechazada'}.${note}`;
  return `Your time-off request (${span}) was ${r.approved ? 'approved' : 'denied'}.${note}`;
}
