import type { MetricKey } from './metrics.js';

/** Short names of the metrics, as DSP staff and DAs say them. */
export const METRIC_LABELS: Record<'en' | 'es', Record<MetricKey, string>> = {
  en: {
    fico: 'FICO',
    seatbelt: 'Seatbelt off',
    speeding: 'Speeding',
    distractions: 'Distractions',
    sign_signal: 'Sign/signal',
    following_distance: 'Following distance',
    cdf_dpmo: 'CDF DPMO',
    ced: 'CED',
    dcr: 'DCR',
    dnr_dpmo: 'DNR DPMO',
    dsb_dpmo: 'DSB DPMO',
    pod: 'POD',
    contact_compliance: 'Contact compliance',
    psb: 'PSB',
    delivered: 'Delivered',
  },
  es: {
    fico: 'FICO',
    seatbelt: 'Sin cinturón',
    speeding: 'Exceso de velocidad',
    distractions: 'Distracciones',
    sign_signal: 'Altos y semáforos',
    following_distance: 'Distancia de seguimiento',
    cdf_dpmo: 'CDF DPMO (comentarios negativos)',
    ced: 'Escalamientos (CED)',
    dcr: 'DCR (entregas completadas)',
    dnr_dpmo: 'DNR DPMO (entregado, no recibido)',
    dsb_dpmo: 'DSB DPMO (errores de entrega)',
    pod: 'POD (foto de entrega)',
    contact_compliance: 'Contacto con el cliente',
    psb: 'PSB (recolecciones)',
    delivered: 'Paquetes entregados',
  },
};
