import type { Dict } from './i18n.js';

/** The strings of the DA's performance page, in English and Spanish. */
export const MY_PERFORMANCE: Dict<{
  title: string;
  back: string;
  week: string;
  newest: string;
  weekOf: (label: string, from: string) => string;
  none: string;
  noRecord: string;
  estimateNote: string;
  profileNote: (name: string) => string;
  metrics: string;
  ourTier: string;
  amazonTier: string;
  trendLabel: (metric: string) => string;
  amazonScore: string;
  ourEstimate: string;
  accuracy: (points: string, das: number, share: number) => string;
  accuracyUnknown: string;
  scoreChart: string;
  howTitle: string;
  how: string;
}> = {
  en: {
    title: 'My performance',
    back: '‹ Back',
    week: 'Week',
    newest: 'My newest week',
    weekOf: (label, from) => `${label}, from ${from}`,
    none: 'No scorecard figures for you yet. They come from Amazon each week.',
    noRecord: 'Your login is not linked to a driver record yet. Ask your manager.',
    estimateNote: 'Our score is an estimate from your company’s scoring profile, not Amazon’s formula.',
    profileNote: (name) => `Scoring profile: ${name}.`,
    metrics: 'My metrics',
    ourTier: 'Our tier',
    amazonTier: 'Amazon’s tier',
    trendLabel: (metric) => `${metric} over the last 12 weeks`,
    amazonScore: 'Amazon’s score',
    ourEstimate: 'Our estimate',
    accuracy: (points, das, share) =>
      `Our estimate of your weeks was off by ${points} points on average from Amazon’s (${das} weeks), with Amazon’s standing in ${share}% of them.`,
    accuracyUnknown: 'None of your weeks has both Amazon’s score and ours yet.',
    scoreChart: 'Amazon’s score and our estimate over the last 12 weeks',
    howTitle: 'How tiers work',
    how: 'Each metric has a tier: Fantastic, Great, Fair or Poor. One Poor metric holds your whole week down, so fix the Poor ones first.',
  },
  es: {
    title: 'Mi desempeño',
    back: '‹ Volver',
    week: 'Semana',
    newest: 'Mi semana más reciente',
    weekOf: (label, from) => `${label}, desde el ${from}`,
    none: 'Aún no hay cifras de su scorecard. Llegan de Amazon cada semana.',
    noRecord: 'Su usuario aún no está vinculado a un registro de conductor. Pregunte a su gerente.',
    estimateNote: 'Nuestro puntaje es un estimado según el perfil de su empresa, no la fórmula de Amazon.',
    profileNote: (name) => `Perfil de puntaje: ${name}.`,
    metrics: 'Mis métricas',
    ourTier: 'Nuestro nivel',
    amazonTier: 'Nivel de Amazon',
    trendLabel: (metric) => `${metric} en las últimas 12 semanas`,
    amazonScore: 'Puntaje de Amazon',
    ourEstimate: 'Nuestro estimado',
    accuracy: (points, das, share) =>
      `Nuestro estimado de sus semanas difirió en promedio ${points} puntos del de Amazon (${das} semanas), con el mismo nivel que Amazon en el ${share}% de ellas.`,
    accuracyUnknown: 'Ninguna de sus semanas tiene aún el puntaje de Amazon y el nuestro.',
    scoreChart: 'Puntaje de Amazon y nuestro estimado en las últimas 12 semanas',
    howTitle: 'Cómo funcionan los niveles',
    how: 'Cada métrica tiene un nivel: Fantastic, Great, Fair o Poor. Una sola métrica en Poor baja toda su semana, así que mejore primero las que estén en Poor.',
  },
};
