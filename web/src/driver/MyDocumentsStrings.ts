import type { Dict } from './i18n.js';

/** The strings of the DA's documents page, in English and Spanish. */
export const MY_DOCUMENTS: Dict<{
  title: string;
  back: string;
  license: string;
  dotCard: string;
  notOnFile: string;
  validUntil: (date: string) => string;
  expiresIn: (days: number) => string;
  expiresToday: string;
  expired: (date: string) => string;
  sendTitle: string;
  sendIntro: string;
  which: string;
  takePhoto: string;
  chooseFile: string;
  chosen: (name: string) => string;
  fileHint: string;
  expiry: string;
  expiryHint: string;
  note: string;
  send: string;
  sending: string;
  sent: string;
  myDocuments: string;
  none: string;
  pending: string;
  approved: string;
  rejected: string;
  rejectedWhy: (why: string) => string;
  noFile: string;
  open: string;
  noRecord: string;
  types: Record<string, string>;
}> = {
  en: {
    title: 'My documents',
    back: '‹ Back',
    license: 'Driver’s license',
    dotCard: 'DOT medical card',
    notOnFile: 'Not on file',
    validUntil: (d) => `Valid until ${d}`,
    expiresIn: (n) => `Expires in ${n} ${n === 1 ? 'day' : 'days'}`,
    expiresToday: 'Expires today',
    expired: (d) => `Expired on ${d}`,
    sendTitle: 'Send a renewed card',
    sendIntro:
      'Take a photo of the new card, or pick a PDF or picture. A manager checks it before it counts.',
    which: 'Which card?',
    takePhoto: 'Take a photo',
    chooseFile: 'Choose a file (PDF or picture)',
    chosen: (n) => `Chosen: ${n}`,
    fileHint: 'PDF, JPEG or PNG, up to 10 MB.',
    expiry: 'New expiry date',
    expiryHint: 'As printed on the card.',
    note: 'Note for your manager (optional)',
    send: 'Send for review',
    sending: 'Sending…',
    sent: 'Sent. Your manager will check it; you’ll see the result here.',
    myDocuments: 'Sent and on file',
    none: 'No documents yet.',
    pending: 'Waiting for review',
    approved: 'Approved',
    rejected: 'Not accepted',
    rejectedWhy: (w) => `Why: ${w}`,
    noFile: 'Paper copy at the office',
    open: 'Open',
    noRecord: 'Your login is not linked to a driver record yet. Ask your manager.',
    types: {
      drivers_license: 'Driver’s license',
      dot_medical_card: 'DOT medical card',
      background_check: 'Background check',
      mvr: 'Motor vehicle record',
      drug_test: 'Drug test',
      i9: 'I-9',
      w4: 'W-4',
      handbook: 'Handbook acknowledgement',
      training: 'Amazon training',
      other: 'Other',
    },
  },
  es: {
    title: 'Mis documentos',
    back: '‹ Volver',
    license: 'Licencia de conducir',
    dotCard: 'Tarjeta médica DOT',
    notOnFile: 'No está en archivo',
    validUntil: (d) => `Válida hasta ${d}`,
    expiresIn: (n) => `Vence en ${n} ${n === 1 ? 'día' : 'días'}`,
    expiresToday: 'Vence hoy',
    expired: (d) => `Venció el ${d}`,
    sendTitle: 'Enviar una tarjeta renovada',
    sendIntro:
      'Tome una foto de la tarjeta nueva o elija un PDF o una imagen. Un gerente la revisa antes de que cuente.',
    which: '¿Qué tarjeta?',
    takePhoto: 'Tomar una foto',
    chooseFile: 'Elegir un archivo (PDF o imagen)',
    chosen: (n) => `Elegido: ${n}`,
    fileHint: 'PDF, JPEG o PNG, hasta 10 MB.',
    expiry: 'Nueva fecha de vencimiento',
    expiryHint: 'Tal como aparece en la tarjeta.',
    note: 'Nota para su gerente (opcional)',
    send: 'Enviar para revisión',
    sending: 'Enviando…',
    sent: 'Enviado. Su gerente lo revisará; verá el resultado aquí.',
    myDocuments: 'Enviados y en archivo',
    none: 'Todavía no hay documentos.',
    pending: 'En revisión',
    approved: 'Aprobado',
    rejected: 'No aceptado',
    rejectedWhy: (w) => `Motivo: ${w}`,
    noFile: 'Copia en papel en la oficina',
    open: 'Abrir',
    noRecord: 'Su usuario aún no está vinculado a un registro de conductor. Pregunte a su gerente.',
    types: {
      drivers_license: 'Licencia de conducir',
      dot_medical_card: 'Tarjeta médica DOT',
      background_check: 'Verificación de antecedentes',
      mvr: 'Historial de manejo (MVR)',
      drug_test: 'Prueba de drogas',
      i9: 'I-9',
      w4: 'W-4',
      handbook: 'Acuse del manual',
      training: 'Capacitación de Amazon',
      other: 'Otro',
    },
  },
};
