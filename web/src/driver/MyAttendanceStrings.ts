import type { Dict } from './i18n.js';

/** The strings of the DA's attendance page, in English and Spanish. */
export const MY_ATTENDANCE: Dict<{
  title: string;
  back: string;
  points: string;
  inDays: (days: number) => string;
  flagged: (flag: string) => string;
  underFlag: (flag: string) => string;
  last30: string;
  last90: string;
  nothing: string;
  history: string;
  none: string;
  excused: string;
  pointsOf: (p: string) => string;
  noticeHours: (h: string) => string;
  lateMinutes: (m: number) => string;
  howTitle: string;
  how: (window: number, flag: string) => string;
  rule: (what: string, p: string) => string;
  shortNotice: (h: number) => string;
  withNotice: (h: number) => string;
  lateAfter: (m: number) => string;
  excusedRule: string;
  noRecord: string;
  kinds: Record<string, string>;
}> = {
  en: {
    title: 'My attendance',
    back: '‹ Back',
    points: 'My points',
    inDays: (d) => `in the last ${d} days`,
    flagged: (f) => `You have reached ${f} points. Your manager will talk with you.`,
    underFlag: (f) => `Under ${f} points: keep it up.`,
    last30: 'Last 30 days',
    last90: 'Last 90 days',
    nothing: 'Nothing logged',
    history: 'What was logged',
    none: 'Nothing logged. Thank you!',
    excused: 'Excused',
    pointsOf: (p) => `${p} pts`,
    noticeHours: (h) => `${h} h notice`,
    lateMinutes: (m) => `${m} min late`,
    howTitle: 'How points work',
    how: (w, f) => `Points count for ${w} days. At ${f} points your manager talks with you.`,
    rule: (what, p) => `${what}: ${p} pts`,
    shortNotice: (h) => `Callout with less than ${h} h notice`,
    withNotice: (h) => `Callout with ${h} h notice or more`,
    lateAfter: (m) => `Late more than ${m} min`,
    excusedRule: 'Excused events (e.g. with a doctor’s note) cost no points.',
    noRecord: 'Your login is not linked to a driver record yet. Ask your manager.',
    kinds: {
      callout: 'Callout',
      ncns: 'No call, no show',
      late: 'Late',
      left_early: 'Left early',
      sent_home: 'Sent home',
    },
  },
  es: {
    title: 'Mi asistencia',
    back: '‹ Volver',
    points: 'Mis puntos',
    inDays: (d) => `en los últimos ${d} días`,
    flagged: (f) => `Llegó a ${f} puntos. Su gerente hablará con usted.`,
    underFlag: (f) => `Menos de ${f} puntos: siga así.`,
    last30: 'Últimos 30 días',
    last90: 'Últimos 90 días',
    nothing: 'Nada registrado',
    history: 'Lo registrado',
    none: 'Nada registrado. ¡Gracias!',
    excused: 'Justificado',
    pointsOf: (p) => `${p} pts`,
    noticeHours: (h) => `aviso de ${h} h`,
    lateMinutes: (m) => `${m} min tarde`,
    howTitle: 'Cómo funcionan los puntos',
    how: (w, f) => `Los puntos cuentan por ${w} días. Con ${f} puntos su gerente habla con usted.`,
    rule: (what, p) => `${what}: ${p} pts`,
    shortNotice: (h) => `Ausencia avisada con menos de ${h} h`,
    withNotice: (h) => `Ausencia avisada con ${h} h o más`,
    lateAfter: (m) => `Llegar más de ${m} min tarde`,
    excusedRule: 'Los eventos justificados (p. ej. con nota médica) no suman puntos.',
    noRecord: 'Su usuario aún no está vinculado a un registro de conductor. Pregunte a su gerente.',
    kinds: {
      callout: 'Ausencia avisada',
      ncns: 'No avisó y no vino',
      late: 'Llegada tarde',
      left_early: 'Salió temprano',
      sent_home: 'Enviado a casa',
    },
  },
};
