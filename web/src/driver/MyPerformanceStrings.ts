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
  ourScore: string;
  amazon: string;
  estimateNote: string;
  profileNote: (name: string) => string;
  metrics: string;
  ourTier: string;
  amazonTier: string;
  trendLabel: (metric: string) => string;
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
    ourScore: 'Score (estimate)',
    amazon: 'Amazon',
    estimateNote: 'Our score is an estimate from your company’s scoring profile, not Amazon’s formula.',
    profileNote: (name) => `Scoring profile: ${name}.`,
    metrics: 'My metrics',
    ourTier: 'Our tier',
    amazonTier: 'Amazon’s tier',
    trendLabel: (metric) => `${metric} over the last 12 weeks`,
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
    ourScore: 'Puntaje (estimado)',
    amazon: 'Amazon',
    estimateNote: 'Nuestro puntaje es un estimado según el perfil de su empresa, no la fórmula de Amazon.',
    profileNote: (name) => `Perfil de puntaje: ${name}.`,
    metrics: 'Mis métricas',
    ourTier: 'Nuestro nivel',
    amazonTier: 'Nivel de Amazon',
    trendLabel: (metric) => `${metric} en las últimas 12 semanas`,
    howTitle: 'Cómo funcionan los niveles',
    how: 'Cada métrica tiene un nivel: Fantastic, Great, Fair o Poor. Una sola métrica en Poor baja toda su semana, así que mejore primero las que estén en Poor.',
  },
};
