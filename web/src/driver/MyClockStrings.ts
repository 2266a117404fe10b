import type { Dict } from './i18n.js';

/** The strings of the DA's time clock and hours pages (and their home card), in English and Spanish. */
export const MY_CLOCK: Dict<{
  back: string;
  clockTitle: string;
  homeBlurb: string;
  openClock: string;
  openHours: string;
  notIn: string;
  workingSince: (time: string) => string;
  onMealSince: (time: string) => string;
  onRestSince: (time: string) => string;
  actions: Readonly<Record<string, string>>;
  done: Readonly<Record<string, string>>;
  savedOnPhone: string;
  waiting: (n: number) => string;
  sendNow: string;
  unsaved: string;
  refused: (message: string) => string;
  dismiss: string;
  outsideRadius: string;
  locating: string;
  noLocation: string;
  noRecord: string;
  hoursTitle: string;
  weekOf: (from: string, to: string) => string;
  previousWeek: string;
  nextWeek: string;
  thisWeek: string;
  noWork: string;
  worked: string;
  meal: string;
  rest: string;
  codes: Readonly<Record<string, string>>;
  hours: (h: string) => string;
  totals: string;
  premiumsTitle: string;
  noPremiums: string;
  premiumKinds: Readonly<Record<string, string>>;
  premiumStatus: Readonly<Record<string, string>>;
  managerSaid: (reason: string) => string;
  payTitle: string;
  rateIs: (rate: string) => string;
  noRate: string;
  payLabels: Readonly<Record<string, string>>;
  total: string;
  payNote: string;
  rulesIn: (rules: string, station: string) => string;
  outsideTitle: string;
  outsideLine: (kind: string, time: string) => string;
  askTitle: string;
  askHint: string;
  askDay: string;
  askWords: string;
  askExample: string;
  askSend: string;
  askSent: string;
  questionsTitle: string;
  questionStatus: Readonly<Record<string, string>>;
  answer: (reason: string) => string;
  problems: string;
}> = {
  en: {
    back: '‹ Back',
    clockTitle: 'Time clock',
    homeBlurb: 'Clock in and out, and punch your meals and breaks.',
    openClock: 'Open time clock',
    openHours: 'My hours and pay',
    notIn: 'You are not clocked in.',
    workingSince: (t) => `Working since ${t}`,
    onMealSince: (t) => `On meal since ${t}`,
    onRestSince: (t) => `On break since ${t}`,
    actions: {
      in: 'Clock in',
      meal_start: 'Start meal',
      meal_end: 'End meal',
      rest_start: 'Start break',
      rest_end: 'End break',
      out: 'Clock out',
    },
    done: {
      in: 'Clocked in',
      meal_start: 'Meal started',
      meal_end: 'Meal ended',
      rest_start: 'Break started',
      rest_end: 'Break ended',
      out: 'Clocked out',
    },
    savedOnPhone: 'Saved on your phone, will send when you have a connection. The time you tapped is kept.',
    waiting: (n) =>
      n === 1 ? '1 punch saved on this phone, will send.' : `${n} punches saved on this phone, will send.`,
    sendNow: 'Send now',
    unsaved: 'No connection and this phone cannot keep the punch. Try again, or tell your manager the time.',
    refused: (m) => `Not accepted: ${m}`,
    dismiss: 'OK, remove it',
    outsideRadius:
      'This punch was taken away from the station. It is kept as you punched it; your manager may ask about it.',
    locating: 'Finding your location…',
    noLocation: 'Location is off: your punch is kept without it.',
    noRecord: 'Your login is not linked to a driver record yet. Ask your manager.',
    hoursTitle: 'My hours and pay',
    weekOf: (a, b) => `Week of ${a} – ${b}`,
    previousWeek: '‹ Previous week',
    nextWeek: 'Next week ›',
    thisWeek: 'This week',
    noWork: 'No time punched',
    worked: 'Worked',
    meal: 'Meal',
    rest: 'Break',
    codes: { REG: 'Regular', OT: 'Overtime', DT: 'Double time' },
    hours: (h) => `${h} h`,
    totals: 'Week totals',
    premiumsTitle: 'Premiums owed to me',
    noPremiums: 'No meal or break premiums this week.',
    premiumKinds: { meal: 'Meal premium (1 hour of pay)', rest: 'Break premium (1 hour of pay)' },
    premiumStatus: {
      reviewing: 'Your manager is reviewing it',
      owed: 'Owed to you',
      paid: 'Paid',
      settled: 'Not owed',
    },
    managerSaid: (r) => `Manager: ${r}`,
    payTitle: 'My pay this week',
    rateIs: (r) => `Your rate: ${r} an hour`,
    noRate: 'Your hourly rate is not on file. Ask your manager.',
    payLabels: {
      Regular: 'Regular',
      Overtime: 'Overtime',
      'Double time': 'Double time',
      'Meal premium': 'Meal premium',
      'Rest premium': 'Break premium',
    },
    total: 'Total before taxes',
    payNote: 'Worked out from your punches. Your paycheck is the final word; ask if something looks wrong.',
    rulesIn: (r, s) => `Rules for ${s}: ${r}`,
    outsideTitle: 'Punches away from the station',
    outsideLine: (k, t) => `${k} at ${t} was away from the station.`,
    askTitle: 'Something wrong with a day?',
    askHint: 'Tell your manager in your own words. It goes to their list to check before payday.',
    askDay: 'Day',
    askWords: 'What is wrong',
    askExample: 'My route closed at 19:05 and I was clocked out at 18:30',
    askSend: 'Send to my manager',
    askSent: 'Sent. Your manager will look at it before payday.',
    questionsTitle: 'My questions',
    questionStatus: { open: 'Waiting for your manager', resolved: 'Answered' },
    answer: (r) => `Answer: ${r}`,
    problems: 'Punches to check',
  },
  es: {
    back: '‹ Volver',
    clockTitle: 'Reloj de entrada',
    homeBlurb: 'Marque su entrada y salida, y sus comidas y descansos.',
    openClock: 'Abrir el reloj',
    openHours: 'Mis horas y pago',
    notIn: 'No ha marcado su entrada.',
    workingSince: (t) => `Trabajando desde las ${t}`,
    onMealSince: (t) => `En comida desde las ${t}`,
    onRestSince: (t) => `En descanso desde las ${t}`,
    actions: {
      in: 'Marcar entrada',
      meal_start: 'Empezar comida',
      meal_end: 'Terminar comida',
      rest_start: 'Empezar descanso',
      rest_end: 'Terminar descanso',
      out: 'Marcar salida',
    },
    done: {
      in: 'Entrada marcada',
      meal_start: 'Comida empezada',
      meal_end: 'Comida terminada',
      rest_start: 'Descanso empezado',
      rest_end: 'Descanso terminado',
      out: 'Salida marcada',
    },
    savedOnPhone: 'Guardado en su teléfono, se enviará cuando tenga conexión. Se guarda la hora en que tocó.',
    waiting: (n) =>
      n === 1
        ? '1 marca guardada en este teléfono, se enviará.'
        : `${n} marcas guardadas en este teléfono, se enviarán.`,
    sendNow: 'Enviar ahora',
    unsaved:
      'Sin conexión y este teléfono no puede guardar la marca. Intente otra vez o dígale la hora a su gerente.',
    refused: (m) => `No aceptada: ${m}`,
    dismiss: 'Entendido, quitarla',
    outsideRadius:
      'Esta marca se hizo lejos de la estación. Se guarda como la marcó; su gerente puede preguntarle.',
    locating: 'Buscando su ubicación…',
    noLocation: 'La ubicación está apagada: su marca se guarda sin ella.',
    noRecord: 'Su usuario aún no está vinculado a un registro de conductor. Pregunte a su gerente.',
    hoursTitle: 'Mis horas y pago',
    weekOf: (a, b) => `Semana del ${a} al ${b}`,
    previousWeek: '‹ Semana anterior',
    nextWeek: 'Semana siguiente ›',
    thisWeek: 'Esta semana',
    noWork: 'Sin marcas',
    worked: 'Trabajado',
    meal: 'Comida',
    rest: 'Descanso',
    codes: { REG: 'Normales', OT: 'Horas extra', DT: 'Tiempo doble' },
    hours: (h) => `${h} h`,
    totals: 'Total de la semana',
    premiumsTitle: 'Primas que me deben',
    noPremiums: 'No hay primas de comida ni de descanso esta semana.',
    premiumKinds: { meal: 'Prima de comida (1 hora de pago)', rest: 'Prima de descanso (1 hora de pago)' },
    premiumStatus: {
      reviewing: 'Su gerente la está revisando',
      owed: 'Se le debe',
      paid: 'Pagada',
      settled: 'No se debe',
    },
    managerSaid: (r) => `Gerente: ${r}`,
    payTitle: 'Mi pago esta semana',
    rateIs: (r) => `Su tarifa: ${r} por hora`,
    noRate: 'Su tarifa por hora no está registrada. Pregunte a su gerente.',
    payLabels: {
      Regular: 'Normales',
      Overtime: 'Horas extra',
      'Double time': 'Tiempo doble',
      'Meal premium': 'Prima de comida',
      'Rest premium': 'Prima de descanso',
    },
    total: 'Total antes de impuestos',
    payNote: 'Calculado con sus marcas. Su cheque es lo que cuenta; pregunte si algo no cuadra.',
    rulesIn: (r, s) => `Reglas de ${s}: ${r}`,
    outsideTitle: 'Marcas lejos de la estación',
    outsideLine: (k, t) => `${k} a las ${t} fue lejos de la estación.`,
    askTitle: '¿Algo mal en un día?',
    askHint: 'Dígaselo a su gerente con sus palabras. Va a su lista para revisar antes del día de pago.',
    askDay: 'Día',
    askWords: 'Qué está mal',
    askExample: 'Mi ruta cerró a las 19:05 y me marcaron la salida a las 18:30',
    askSend: 'Enviar a mi gerente',
    askSent: 'Enviado. Su gerente lo revisará antes del día de pago.',
    questionsTitle: 'Mis preguntas',
    questionStatus: { open: 'Esperando a su gerente', resolved: 'Respondida' },
    answer: (r) => `Respuesta: ${r}`,
    problems: 'Marcas para revisar',
  },
};
