import type { MetricKey } from './metrics.js';

/**
 * What each metric means, in the words a DA reads on their phone (English and Spanish), after
 * Amazon's own wording as the community copied it (shared scorecard.md). The default profile's;
 * owners may reword them.
 */
export const DEFINITIONS: Record<MetricKey, { en: string; es: string }> = {
  fico: {
    en: 'Your Mentor safe-driving score (100–850) over the last 7 days, from acceleration, braking, cornering, phone use and speeding. Higher is better; aim for 800 or more.',
    es: 'Tu puntaje de manejo seguro en Mentor (100–850) de los últimos 7 días: aceleración, frenado, curvas, uso del teléfono y exceso de velocidad. Más alto es mejor; la meta es 800 o más.',
  },
  seatbelt: {
    en: 'Times the van moved faster than 6 mph with your seatbelt off, per 100 routes in vans with a belt sensor. Lower is better.',
    es: 'Veces que la van avanzó a más de 6 mph sin tu cinturón puesto, por cada 100 rutas en vans con sensor. Más bajo es mejor.',
  },
  speeding: {
    en: 'Times you drove 10 mph or more over the limit for about a city block, per 100 trips. Lower is better.',
    es: 'Veces que manejaste 10 mph o más sobre el límite durante una cuadra aproximadamente, por cada 100 viajes. Más bajo es mejor.',
  },
  distractions: {
    en: 'Times the camera saw you looking down, looking at your phone or talking on it while driving, per 100 trips. Lower is better.',
    es: 'Veces que la cámara te vio mirando hacia abajo, mirando el teléfono o hablando por teléfono mientras manejaba, por cada 100 viajes. Más bajo es mejor.',
  },
  sign_signal: {
    en: 'Rolling through a stop sign, an illegal U-turn or running a red light (a red light counts 10 times), per 100 trips. Lower is better.',
    es: 'Pasarse un alto sin detenerse, una vuelta en U prohibida o pasarse un semáforo en rojo (un rojo cuenta 10 veces), por cada 100 viajes. Más bajo es mejor.',
  },
  following_distance: {
    en: 'Times you drove too close to the vehicle ahead, per 100 trips (10 times in 200 trips is 5). Lower is better.',
    es: 'Veces que manejaste demasiado cerca del vehículo de adelante, por cada 100 viajes (10 veces en 200 viajes es 5). Más bajo es mejor.',
  },
  cdf_dpmo: {
    en: 'Negative customer feedback about your deliveries, per million deliveries. Lower is better.',
    es: 'Comentarios negativos de clientes sobre tus entregas, por cada millón de entregas. Más bajo es mejor.',
  },
  ced: {
    en: 'Customer escalations: complaints serious enough to be escalated. One escalation can put the whole week at Poor.',
    es: 'Escalamientos de clientes: quejas tan serias que se escalan. Un solo escalamiento puede poner toda la semana en Poor (deficiente).',
  },
  dcr: {
    en: 'Delivery completion rate: packages delivered out of the packages you were given. Packages brought back to the station lower it. Higher is better.',
    es: 'Tasa de entregas completadas: paquetes entregados de los paquetes que te asignaron. Los paquetes devueltos a la estación la bajan. Más alto es mejor.',
  },
  dnr_dpmo: {
    en: 'Delivered, not received: packages marked delivered that the customer says never arrived, per million deliveries. Lower is better.',
    es: 'Entregado pero no recibido: paquetes marcados como entregados que el cliente dice que nunca llegaron, por cada millón de entregas. Más bajo es mejor.',
  },
  dsb_dpmo: {
    en: 'Delivery mistakes you control, per million deliveries: several deliveries at once, delivering more than 50 m from the pin, a wrong scan, no photo, or a package scanned but neither delivered nor returned. Lower is better.',
    es: 'Errores de entrega que dependen de ti, por cada millón de entregas: varias entregas a la vez, entregar a más de 50 m del punto, un escaneo incorrecto, sin foto, o un paquete escaneado que no se entregó ni se devolvió. Más bajo es mejor.',
  },
  pod: {
    en: 'Photo on delivery: photos accepted out of the photos needed. A photo is rejected when it is blurry, too dark or too close, shows a person or no package, or the package is in the van or your hand. Higher is better.',
    es: 'Foto de entrega: fotos aceptadas de las fotos requeridas. Se rechaza una foto borrosa, muy oscura o muy cercana, con una persona o sin paquete, o con el paquete en la van o en tu mano. Más alto es mejor.',
  },
  contact_compliance: {
    en: 'You called or texted the customer whenever the delivery needed it. Higher is better.',
    es: 'Llamaste o mandaste mensaje al cliente cada vez que la entrega lo pedía. Más alto es mejor.',
  },
  psb: {
    en: 'Pickup success: pickup stops completed out of all your pickup stops. Higher is better.',
    es: 'Recolecciones exitosas: paradas de recolección completadas de todas tus paradas de recolección. Más alto es mejor.',
  },
  delivered: {
    en: 'Packages you delivered in the week.',
    es: 'Paquetes que entregaste en la semana.',
  },
};
