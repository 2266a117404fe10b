import type { Dict, Language } from '../driver/i18n.js';
import type { Panel } from './api.js';
import { PANEL_LABELS } from './labels.js';

/** The inspection flow's words on the DA's phone, in English and Spanish. */
export const INSPECTION_STRINGS: Dict<{
  title: string;
  homeLink: string;
  homeBlurb: string;
  pending: (n: number) => string;
  rejected: (n: number) => string;
  pickVan: string;
  searchVan: string;
  noVans: string;
  vanGrounded: string;
  preTripPassed: string;
  preTripFailed: string;
  preTripMissing: string;
  whichKind: string;
  todayVan: (route: string) => string;
  otherVan: string;
  secondPreTrip: (time: string, who: string) => string;
  startAnother: string;
  preTrip: string;
  postTrip: string;
  starting: string;
  resume: (van: string) => string;
  discard: string;
  stepOf: (n: number, of: number) => string;
  checklist: string;
  checklistHelp: string;
  pass: string;
  fail: string;
  na: string;
  critical: string;
  whatIsWrong: (item: string) => string;
  addPhoto: string;
  photoOf: (what: string) => string;
  retake: string;
  removePhoto: string;
  photos: string;
  photosHelp: string;
  front: string;
  rear: string;
  driver_side: string;
  passenger_side: string;
  odometerPhoto: string;
  video: string;
  readings: string;
  odometer: string;
  fuel: string;
  charge: string;
  damage: string;
  damageHelp: string;
  knownDamage: string;
  damageNote: (panel: string) => string;
  review: string;
  elapsed: (time: string) => string;
  rushedHint: (time: string) => string;
  willGround: (items: string) => string;
  failedList: (items: string) => string;
  allPassed: string;
  missing: string;
  next: string;
  back: string;
  submit: string;
  sending: string;
  sent: string;
  grounded: (van: string) => string;
  savedOffline: string;
  rejectedTitle: string;
  fixAndResend: string;
  newInspection: string;
  home: string;
  recent: string;
}> = {
  en: {
    title: 'Vehicle inspection',
    homeLink: 'Inspect my van',
    homeBlurb: 'Pre-trip before you leave, post-trip when you are back.',
    pending: (n) => (n === 1 ? '1 inspection waiting to send' : `${n} inspections waiting to send`),
    rejected: (n) => (n === 1 ? '1 inspection needs fixing' : `${n} inspections need fixing`),
    pickVan: 'Which van?',
    searchVan: 'Search by van number',
    noVans: 'No vans match.',
    vanGrounded: 'Grounded',
    preTripPassed: 'Pre-trip done',
    preTripFailed: 'Pre-trip failed',
    preTripMissing: 'No pre-trip today',
    whichKind: 'Which inspection?',
    todayVan: (route) => `Your van today (route ${route})`,
    otherVan: 'Another van',
    secondPreTrip: (time, who) =>
      `This van already had a pre-trip today at ${time} by ${who}. A second pre-trip of the same van is usually the wrong van.`,
    startAnother: 'Start another pre-trip',
    preTrip: 'Pre-trip',
    postTrip: 'Post-trip',
    starting: 'Getting the checklist…',
    resume: (van) => `You have an inspection of van ${van} in progress.`,
    discard: 'Discard it',
    stepOf: (n, of) => `Step ${n} of ${of}`,
    checklist: 'Checklist',
    checklistHelp: 'Check each item on the van. If something is wrong, say what and take a photo.',
    pass: 'Pass',
    fail: 'Fail',
    na: 'N/A',
    critical: 'Critical',
    whatIsWrong: (item) => `What is wrong with: ${item}?`,
    addPhoto: 'Add a photo',
    photoOf: (what) => `Photo: ${what}`,
    retake: 'Retake',
    removePhoto: 'Remove photo',
    photos: 'Photos',
    photosHelp: 'Walk around the van: one photo of each side, and one of the odometer.',
    front: 'Front photo',
    rear: 'Rear photo',
    driver_side: 'Driver side photo',
    passenger_side: 'Passenger side photo',
    odometerPhoto: 'Odometer photo',
    video: 'Video (optional)',
    readings: 'Odometer and fuel',
    odometer: 'Odometer (miles)',
    fuel: 'Fuel level (%)',
    charge: 'Charge level (%)',
    damage: 'Damage',
    damageHelp: 'Tap every panel that has damage. Damage already known is marked; add anything new.',
    knownDamage: 'already known',
    damageNote: (panel) => `Damage on ${panel}`,
    review: 'Review and send',
    elapsed: (time) => `Time so far: ${time}`,
    rushedHint: (time) => `Take your time: an inspection under ${time} is flagged as rushed.`,
    willGround: (items) => `A critical check failed (${items}). The van will be grounded when you send this.`,
    failedList: (items) => `Failed: ${items}`,
    allPassed: 'Every check passed.',
    missing: 'Still to do:',
    next: 'Next',
    back: 'Back',
    submit: 'Submit inspection',
    sending: 'Sending…',
    sent: 'Inspection sent.',
    grounded: (van) => `Van ${van} is grounded. Tell your dispatcher before you drive it.`,
    savedOffline: 'Saved on this phone — will send when you’re back online.',
    rejectedTitle: 'This inspection was not accepted:',
    fixAndResend: 'Fix and send again',
    newInspection: 'Start another inspection',
    home: 'Back to my page',
    recent: 'My recent inspections',
  },
  es: {
    title: 'Inspección del vehículo',
    homeLink: 'Inspeccionar mi van',
    homeBlurb: 'Pre-viaje antes de salir, post-viaje al regresar.',
    pending: (n) => (n === 1 ? '1 inspección pendiente de enviar' : `${n} inspecciones pendientes de enviar`),
    rejected: (n) =>
      n === 1 ? '1 inspección necesita corrección' : `${n} inspecciones necesitan corrección`,
    pickVan: '¿Qué van?',
    searchVan: 'Buscar por número de van',
    noVans: 'Ninguna van coincide.',
    vanGrounded: 'Fuera de servicio',
    preTripPassed: 'Pre-viaje hecho',
    preTripFailed: 'Pre-viaje con falla',
    preTripMissing: 'Sin pre-viaje hoy',
    whichKind: '¿Qué inspección?',
    todayVan: (route) => `Su van de hoy (ruta ${route})`,
    otherVan: 'Otra van',
    secondPreTrip: (time, who) =>
      `Esta van ya tuvo una inspección pre-viaje hoy a las ${time}, hecha por ${who}. Una segunda inspección pre-viaje de la misma van suele ser un error de van.`,
    startAnother: 'Hacer otra pre-viaje',
    preTrip: 'Pre-viaje',
    postTrip: 'Post-viaje',
    starting: 'Cargando la lista…',
    resume: (van) => `Tienes una inspección de la van ${van} sin terminar.`,
    discard: 'Descartarla',
    stepOf: (n, of) => `Paso ${n} de ${of}`,
    checklist: 'Lista de revisión',
    checklistHelp: 'Revisa cada punto de la van. Si algo está mal, di qué y toma una foto.',
    pass: 'Bien',
    fail: 'Falla',
    na: 'N/A',
    critical: 'Crítico',
    whatIsWrong: (item) => `¿Qué está mal en: ${item}?`,
    addPhoto: 'Agregar foto',
    photoOf: (what) => `Foto: ${what}`,
    retake: 'Tomar de nuevo',
    removePhoto: 'Quitar foto',
    photos: 'Fotos',
    photosHelp: 'Rodea la van: una foto de cada lado y una del odómetro.',
    front: 'Foto del frente',
    rear: 'Foto de atrás',
    driver_side: 'Foto del lado del conductor',
    passenger_side: 'Foto del lado del pasajero',
    odometerPhoto: 'Foto del odómetro',
    video: 'Video (opcional)',
    readings: 'Odómetro y combustible',
    odometer: 'Odómetro (millas)',
    fuel: 'Nivel de combustible (%)',
    charge: 'Nivel de carga (%)',
    damage: 'Daños',
    damageHelp: 'Toca cada parte con daño. Los daños ya conocidos están marcados; agrega lo nuevo.',
    knownDamage: 'ya conocido',
    damageNote: (panel) => `Daño en ${panel}`,
    review: 'Revisar y enviar',
    elapsed: (time) => `Tiempo hasta ahora: ${time}`,
    rushedHint: (time) => `Tómate tu tiempo: una inspección de menos de ${time} se marca como apresurada.`,
    willGround: (items) =>
      `Falló un punto crítico (${items}). La van quedará fuera de servicio al enviar esto.`,
    failedList: (items) => `Fallas: ${items}`,
    allPassed: 'Todos los puntos están bien.',
    missing: 'Falta:',
    next: 'Siguiente',
    back: 'Atrás',
    submit: 'Enviar inspección',
    sending: 'Enviando…',
    sent: 'Inspección enviada.',
    grounded: (van) => `La van ${van} queda fuera de servicio. Avisa a tu despachador antes de manejarla.`,
    savedOffline: 'Guardado en este teléfono — se enviará cuando vuelvas a tener conexión.',
    rejectedTitle: 'Esta inspección no fue aceptada:',
    fixAndResend: 'Corregir y enviar de nuevo',
    newInspection: 'Empezar otra inspección',
    home: 'Volver a mi página',
    recent: 'Mis inspecciones recientes',
  },
};

const PANEL_LABELS_ES: Record<Panel, string> = {
  front_bumper: 'Defensa delantera',
  hood: 'Cofre',
  windshield: 'Parabrisas',
  roof: 'Techo',
  driver_side_front: 'Lado del conductor, adelante',
  driver_side_rear: 'Lado del conductor, atrás',
  passenger_side_front: 'Lado del pasajero, adelante',
  passenger_side_rear: 'Lado del pasajero, atrás',
  rear_doors: 'Puertas traseras',
  rear_bumper: 'Defensa trasera',
};

export const panelLabels = (lang: Language): Record<Panel, string> =>
  lang === 'es' ? PANEL_LABELS_ES : PANEL_LABELS;

/** Spanish for the default checks; a check a manager added keeps the label they gave it. */
const CHECK_LABELS_ES: Record<string, string> = {
  tires: 'Llantas',
  lights: 'Luces',
  mirrors: 'Espejos',
  windshield: 'Parabrisas',
  wipers: 'Limpiaparabrisas',
  horn: 'Claxon',
  brakes: 'Frenos',
  leaks: 'Fugas',
  seatbelts: 'Cinturones de seguridad',
  camera: 'Cámara despejada',
  cargo_area: 'Área de carga',
  body_panels: 'Carrocería',
};

export const checkLabel = (item: { key: string; label: string }, lang: Language): string =>
  lang === 'es' ? (CHECK_LABELS_ES[item.key] ?? item.label) : item.label;

/** "1:05" for the running timer. */
export const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
