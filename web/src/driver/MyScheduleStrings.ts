import type { Dict, Language } from './i18n.js';

/** Shift kinds and weekdays in the DA's language (Sunday first). */
export const KINDS: Record<Language, Record<string, string>> = {
  en: { route: 'Route', standby: 'Standby', training: 'Training', rescue: 'Rescue', office: 'Office' },
  es: { route: 'Ruta', standby: 'Reserva', training: 'Capacitación', rescue: 'Rescate', office: 'Oficina' },
};

export const WEEKDAY_LETTERS: Record<Language, string[]> = {
  en: ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'],
  es: ['Do', 'Lu', 'Ma', 'Mi', 'Ju', 'Vi', 'Sá'],
};

export const WEEKDAY_NAMES: Record<Language, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
};

/** "Wed, Dec 2" / "mié, 2 dic" */
export function dayIn(lang: Language, date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** A clock time of an instant in the DA's language, e.g. "9:58 AM". */
export function timeIn(lang: Language, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', {
    hour: 'numeric',
    minute: '2-digit',
  }).format(d);
}

/** "10 h", "9 h 30 min". */
export function hours(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : h === 0 ? `${m} min` : `${h} h ${m} min`;
}

/** The "Today" card (home and schedule page) and the links to the schedule pages. */
export const MY_TODAY: Dict<{
  title: string;
  today: (day: string) => string;
  next: (day: string) => string;
  noShift: string;
  noRoute: string;
  route: string;
  wave: string;
  staging: string;
  van: string;
  vanLater: string;
  stops: (stops: number, packages: number | null) => string;
  checkIn: string;
  checkingIn: string;
  checkedIn: (time: string) => string;
  calledOut: string;
  noShow: string;
  links: string;
  schedule: string;
  toConfirm: (n: number) => string;
  timeOff: string;
  availability: string;
  messages: string;
  unread: (n: number) => string;
}> = {
  en: {
    title: 'Today',
    today: (day) => `Today · ${day}`,
    next: (day) => `Next route · ${day}`,
    noShift: 'You are not on the schedule today.',
    noRoute: 'No route yet. Your route, van, staging and wave show here once dispatch sends the roster.',
    route: 'Route',
    wave: 'Wave',
    staging: 'Staging',
    van: 'Van',
    vanLater: 'Not yet',
    stops: (s, p) => `${s} stops${p !== null ? ` · ${p} packages` : ''}`,
    checkIn: 'Check in',
    checkingIn: 'Checking in…',
    checkedIn: (t) => `Checked in at ${t}.`,
    calledOut: 'This shift was called out.',
    noShow: 'This shift was marked a no-show.',
    links: 'My schedule',
    schedule: 'My shifts',
    toConfirm: (n) => `${n} to confirm`,
    timeOff: 'Ask for time off',
    availability: 'Days I can work',
    messages: 'Messages',
    unread: (n) => `${n} unread`,
  },
  es: {
    title: 'Hoy',
    today: (day) => `Hoy · ${day}`,
    next: (day) => `Próxima ruta · ${day}`,
    noShift: 'Hoy no está en el horario.',
    noRoute:
      'Aún no hay ruta. Su ruta, camioneta, zona y ola aparecen aquí cuando despacho envíe la asignación.',
    route: 'Ruta',
    wave: 'Ola',
    staging: 'Zona',
    van: 'Camioneta',
    vanLater: 'Aún no',
    stops: (s, p) => `${s} paradas${p !== null ? ` · ${p} paquetes` : ''}`,
    checkIn: 'Registrar llegada',
    checkingIn: 'Registrando…',
    checkedIn: (t) => `Llegada registrada a las ${t}.`,
    calledOut: 'Este turno se canceló.',
    noShow: 'Este turno quedó como falta sin aviso.',
    links: 'Mi horario',
    schedule: 'Mis turnos',
    toConfirm: (n) => `${n} por confirmar`,
    timeOff: 'Pedir días libres',
    availability: 'Días que puedo trabajar',
    messages: 'Mensajes',
    unread: (n) => `${n} sin leer`,
  },
};

export const MY_SCHEDULE: Dict<{
  title: string;
  back: string;
  thisWeek: string;
  nextWeek: string;
  weekOf: (from: string, to: string) => string;
  none: string;
  confirm: string;
  confirming: string;
  confirmAll: (n: number) => string;
  confirmed: string;
  allConfirmed: string;
  calledOut: string;
  noShow: string;
  shiftLine: (kind: string, start: string, length: string) => string;
  noRecord: string;
}> = {
  en: {
    title: 'My schedule',
    back: '‹ Back',
    thisWeek: 'This week',
    nextWeek: 'Next week',
    weekOf: (a, b) => `${a} – ${b}`,
    none: 'No shifts published for this week yet.',
    confirm: 'Confirm',
    confirming: 'Confirming…',
    confirmAll: (n) => `Confirm all (${n})`,
    confirmed: 'Confirmed',
    allConfirmed: 'All your shifts are confirmed. Thank you!',
    calledOut: 'Called out',
    noShow: 'No-show',
    shiftLine: (k, s, l) => `${k} · ${s} · ${l}`,
    noRecord: 'Your login is not linked to a driver record yet. Ask your manager.',
  },
  es: {
    title: 'Mi horario',
    back: '‹ Volver',
    thisWeek: 'Esta semana',
    nextWeek: 'La próxima semana',
    weekOf: (a, b) => `${a} – ${b}`,
    none: 'Todavía no hay turnos publicados para esta semana.',
    confirm: 'Confirmar',
    confirming: 'Confirmando…',
    confirmAll: (n) => `Confirmar todos (${n})`,
    confirmed: 'Confirmado',
    allConfirmed: 'Todos sus turnos están confirmados. ¡Gracias!',
    calledOut: 'Cancelado',
    noShow: 'Falta sin aviso',
    shiftLine: (k, s, l) => `${k} · ${s} · ${l}`,
    noRecord: 'Su usuario aún no está vinculado a un registro de conductor. Pregunte a su gerente.',
  },
};

export const MY_TIME_OFF: Dict<{
  title: string;
  back: string;
  intro: string;
  firstDate: string;
  lastDate: string;
  lastHint: string;
  reason: string;
  reasonHint: string;
  send: string;
  sending: string;
  sent: string;
  order: string;
  mine: string;
  none: string;
  days: (n: number) => string;
  statuses: Record<string, string>;
  managerSaid: (note: string) => string;
  withdraw: string;
  withdrawQuestion: string;
  withdrawYes: string;
  withdrawNo: string;
  withdrawn: string;
}> = {
  en: {
    title: 'Time off',
    back: '‹ Back',
    intro: 'Ask for days off. Your manager approves or denies the request and you get a message.',
    firstDate: 'First day off',
    lastDate: 'Last day off',
    lastHint: 'The same day for one day off.',
    reason: 'Reason (optional)',
    reasonHint: 'Your manager reads it.',
    send: 'Ask for time off',
    sending: 'Sending…',
    sent: 'Sent. You get a message when your manager decides.',
    order: 'The last day is before the first.',
    mine: 'My requests',
    none: 'No requests.',
    days: (n) => (n === 1 ? '1 day' : `${n} days`),
    statuses: { pending: 'Waiting', approved: 'Approved', denied: 'Denied', cancelled: 'Withdrawn' },
    managerSaid: (n) => `Your manager: “${n}”`,
    withdraw: 'Withdraw',
    withdrawQuestion: 'Withdraw this request?',
    withdrawYes: 'Yes, withdraw',
    withdrawNo: 'No, keep it',
    withdrawn: 'Request withdrawn.',
  },
  es: {
    title: 'Días libres',
    back: '‹ Volver',
    intro: 'Pida días libres. Su gerente aprueba o rechaza la solicitud y usted recibe un mensaje.',
    firstDate: 'Primer día libre',
    lastDate: 'Último día libre',
    lastHint: 'El mismo día si es un solo día.',
    reason: 'Motivo (opcional)',
    reasonHint: 'Su gerente lo lee.',
    send: 'Pedir días libres',
    sending: 'Enviando…',
    sent: 'Enviado. Recibirá un mensaje cuando su gerente decida.',
    order: 'El último día es antes del primero.',
    mine: 'Mis solicitudes',
    none: 'No hay solicitudes.',
    days: (n) => (n === 1 ? '1 día' : `${n} días`),
    statuses: { pending: 'En espera', approved: 'Aprobada', denied: 'Rechazada', cancelled: 'Retirada' },
    managerSaid: (n) => `Su gerente: “${n}”`,
    withdraw: 'Retirar',
    withdrawQuestion: '¿Retirar esta solicitud?',
    withdrawYes: 'Sí, retirar',
    withdrawNo: 'No, mantener',
    withdrawn: 'Solicitud retirada.',
  },
};

export const MY_AVAILABILITY: Dict<{
  title: string;
  back: string;
  intro: string;
  canWork: string;
  canWorkHint: string;
  prefer: string;
  preferHint: string;
  wants: string;
  wantsHint: (available: number) => string;
  fewer: string;
  more: string;
  tooMany: (wants: number, available: number) => string;
  note: string;
  noteHint: string;
  save: string;
  saving: string;
  saved: string;
  exceptions: string;
  canWorkThatDay: string;
  cannotWorkThatDay: string;
}> = {
  en: {
    title: 'Days I can work',
    back: '‹ Back',
    intro: 'Your manager builds the schedule from this. For a single day off, ask for time off.',
    canWork: 'Days I can work',
    canWorkHint: 'Tap a day to turn it on or off.',
    prefer: 'Days I prefer',
    preferHint: 'Among the days you can work.',
    wants: 'Days a week I want to work',
    wantsHint: (a) => `You can work ${a === 1 ? '1 day' : `${a} days`} a week. 5 is full time.`,
    fewer: 'One day fewer',
    more: 'One day more',
    tooMany: (w, a) => `You ask for ${w} days but can work on ${a}.`,
    note: 'Note for your manager (optional)',
    noteHint: 'e.g. school on Tuesday mornings.',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved. Your manager sees it on the schedule.',
    exceptions: 'Dates your manager marked',
    canWorkThatDay: 'Can work',
    cannotWorkThatDay: 'Can’t work',
  },
  es: {
    title: 'Días que puedo trabajar',
    back: '‹ Volver',
    intro: 'Su gerente arma el horario con esto. Para un solo día libre, pida días libres.',
    canWork: 'Días que puedo trabajar',
    canWorkHint: 'Toque un día para activarlo o desactivarlo.',
    prefer: 'Días que prefiero',
    preferHint: 'Entre los días que puede trabajar.',
    wants: 'Días por semana que quiero trabajar',
    wantsHint: (a) => `Puede trabajar ${a === 1 ? '1 día' : `${a} días`} por semana. 5 es tiempo completo.`,
    fewer: 'Un día menos',
    more: 'Un día más',
    tooMany: (w, a) => `Pide ${w} días pero puede trabajar ${a}.`,
    note: 'Nota para su gerente (opcional)',
    noteHint: 'p. ej. clases los martes por la mañana.',
    save: 'Guardar',
    saving: 'Guardando…',
    saved: 'Guardado. Su gerente lo ve en el horario.',
    exceptions: 'Fechas marcadas por su gerente',
    canWorkThatDay: 'Puede trabajar',
    cannotWorkThatDay: 'No puede trabajar',
  },
};

export const MY_MESSAGES: Dict<{
  title: string;
  back: string;
  none: string;
  new: string;
  open: string;
  openSchedule: string;
  unread: (n: number) => string;
}> = {
  en: {
    title: 'Messages',
    back: '‹ Back',
    none: 'No messages yet.',
    new: 'New',
    open: 'Open',
    openSchedule: 'See my schedule',
    unread: (n) => `${n} new`,
  },
  es: {
    title: 'Mensajes',
    back: '‹ Volver',
    none: 'Aún no hay mensajes.',
    new: 'Nuevo',
    open: 'Abrir',
    openSchedule: 'Ver mi horario',
    unread: (n) => (n === 1 ? '1 nuevo' : `${n} nuevos`),
  },
};
