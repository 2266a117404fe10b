import type { Dict } from './i18n.js';

/** The DA's "your day" card on /me, in English and Spanish: one phrase per kind of line of /me/today. */
export const MY_DAY: Dict<{
  title: string;
  nothing: string;
  shiftToday: (start: string, route?: string, van?: string) => string;
  inspection: (van: string) => string;
  shiftTomorrow: (start: string) => string;
  confirm: (n: number) => string;
  documents: (n: number, days: number) => string;
  coaching: (n: number) => string;
}> = {
  en: {
    title: 'Your day',
    nothing: 'Nothing waiting for you. Have a safe day.',
    shiftToday: (start, route, van) =>
      `Today: shift at ${start}${route ? `, route ${route}` : ''}${van ? `, van ${van}` : ''}`,
    inspection: (van) => `Do the pre-trip inspection of van ${van} before you leave`,
    shiftTomorrow: (start) => `Tomorrow: shift at ${start}`,
    confirm: (n) => (n === 1 ? 'Confirm 1 shift' : `Confirm ${n} shifts`),
    documents: (n, days) =>
      `${n === 1 ? '1 document' : `${n} documents`} to renew: ${
        days < 0
          ? 'expired'
          : days === 0
            ? 'expires today'
            : days === 1
              ? 'expires tomorrow'
              : `expires in ${days} days`
      }`,
    coaching: (n) =>
      n === 1 ? '1 coaching item to read and acknowledge' : `${n} coaching items to read and acknowledge`,
  },
  es: {
    title: 'Tu día',
    nothing: 'No tienes nada pendiente. Que tengas un día seguro.',
    shiftToday: (start, route, van) =>
      `Hoy: turno a las ${start}${route ? `, ruta ${route}` : ''}${van ? `, camioneta ${van}` : ''}`,
    inspection: (van) => `Haz la inspección previa de la camioneta ${van} antes de salir`,
    shiftTomorrow: (start) => `Mañana: turno a las ${start}`,
    confirm: (n) => (n === 1 ? 'Confirma 1 turno' : `Confirma ${n} turnos`),
    documents: (n, days) =>
      `${n === 1 ? '1 documento' : `${n} documentos`} por renovar: ${
        days < 0
          ? 'vencido'
          : days === 0
            ? 'vence hoy'
            : days === 1
              ? 'vence mañana'
              : `vence en ${days} días`
      }`,
    coaching: (n) =>
      n === 1 ? '1 aviso de coaching para leer y confirmar' : `${n} avisos de coaching para leer y confirmar`,
  },
};
