import type { Dict } from './i18n.js';

/** The strings of the DA's coaching page and its card on their home page, in English and Spanish. */
export const MY_COACHING: Dict<{
  title: string;
  back: string;
  none: string;
  noRecord: string;
  weekOf: (date: string) => string;
  events: string;
  video: string;
  newTab: string;
  acknowledge: string;
  sending: string;
  sign: string;
  signHint: (name: string) => string;
  readWarning: string;
  dispute: string;
  disputeLabel: string;
  disputeHint: string;
  send: string;
  cancel: string;
  youWrote: string;
  managerNote: string;
  acknowledgedOn: (date: string) => string;
  homeTitle: string;
  statuses: Readonly<Record<string, string>>;
  resolutions: Readonly<Record<string, string>>;
  homeLink: string;
  waiting: (n: number) => string;
}> = {
  en: {
    title: 'My coaching',
    back: '‹ Back',
    none: 'No coaching for you yet.',
    noRecord: 'Your login is not linked to a driver record yet. Ask your manager.',
    weekOf: (date) => `Week of ${date}`,
    events: 'Events',
    video: 'Watch the video',
    newTab: '(opens in a new tab)',
    acknowledge: 'Acknowledge',
    sending: 'Sending…',
    sign: 'Type your full name to sign',
    signHint: (name) => `As we have it: ${name}`,
    readWarning: 'Read the written warning (PDF)',
    dispute: 'Dispute',
    disputeLabel: 'In your own words: what is wrong?',
    disputeHint: 'Your manager reads it and answers here.',
    send: 'Send',
    cancel: 'Cancel',
    youWrote: 'You wrote:',
    managerNote: 'Note from your manager:',
    acknowledgedOn: (date) => `Acknowledged ${date}`,
    homeTitle: 'Coaching',
    statuses: {
      open: 'New',
      acknowledged: 'Acknowledged',
      disputed: 'Disputed',
      upheld: 'Kept by your manager',
      dismissed: 'Dismissed',
    },
    resolutions: {
      upheld: 'Your manager kept it: please acknowledge it.',
      dismissed: 'Your manager dismissed it: nothing more to do.',
    },
    homeLink: 'My coaching',
    waiting: (n) => `${n} waiting`,
  },
  es: {
    title: 'Mi coaching',
    back: '‹ Volver',
    none: 'Aún no tiene coaching.',
    noRecord: 'Su usuario aún no está vinculado a un registro de conductor. Pregunte a su gerente.',
    weekOf: (date) => `Semana del ${date}`,
    events: 'Eventos',
    video: 'Ver el video',
    newTab: '(se abre en otra pestaña)',
    acknowledge: 'Confirmar',
    sending: 'Enviando…',
    sign: 'Escriba su nombre completo para firmar',
    signHint: (name) => `Tal como lo tenemos: ${name}`,
    readWarning: 'Leer la advertencia por escrito (PDF)',
    dispute: 'No estoy de acuerdo',
    disputeLabel: 'Con sus propias palabras: ¿qué está mal?',
    disputeHint: 'Su gerente lo lee y le responde aquí.',
    send: 'Enviar',
    cancel: 'Cancelar',
    youWrote: 'Usted escribió:',
    managerNote: 'Nota de su gerente:',
    acknowledgedOn: (date) => `Confirmado el ${date}`,
    homeTitle: 'Coaching',
    statuses: {
      open: 'Nuevo',
      acknowledged: 'Confirmado',
      disputed: 'En disputa',
      upheld: 'Mantenido por su gerente',
      dismissed: 'Anulado',
    },
    resolutions: {
      upheld: 'Su gerente lo mantuvo: por favor confírmelo.',
      dismissed: 'Su gerente lo anuló: no tiene que hacer nada más.',
    },
    homeLink: 'Mi coaching',
    waiting: (n) => `${n} pendientes`,
  },
};
