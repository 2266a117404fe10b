import sharp from 'sharp';
import { type AuditActor, recordAudit } from '../audit/store.js';
import type { Db } from '../db/database.js';
import type {
  AttendanceEventsTable,
  DriverDocumentsTable,
  DriverNotesTable,
  DriverRatingsTable,
  OnboardingRecordsTable,
  OnboardingStatus,
} from '../db/schema.js';
import { storeGeneratedFile } from '../files/files.js';
import type { FileStorage } from '../files/storage.js';
import { insertEvents } from '../people/attendance-store.js';
import { insertDocuments } from '../people/documents-store.js';
import { type AttendanceKind, attendancePoints, DEFAULT_POLICY } from '../people/domain/attendance.js';
import { DOCUMENT_LABELS, type DocumentType } from '../people/domain/documents.js';
import { groupBy } from '../people/domain/group.js';
import { DEFAULT_ONBOARDING_STEPS, stepApplies } from '../people/domain/onboarding.js';
import { insertNotes, insertRatings } from '../people/notes-store.js';
import { insertRecords, insertSteps, toStep } from '../people/onboarding-store.js';
import { type Driver, listDriversInStatuses } from '../people/store.js';
import { localDate } from '../shared/dates.js';
import { addDays, weekday } from '../shared/days.js';
import { newId } from '../shared/ids.js';
import { listMembers } from '../tenancy/member-store.js';
import { pick, seededRandom } from './random.js';

/** A scheduled driving shift (route or standby) that has already happened: attendance is drawn on it. */
export interface AttendedShift {
  driverId: string;
  date: string;
}

export interface PeopleRecordsDemoContext {
  orgId: string;
  stations: { id: string; time_zone: string }[];
  storage: FileStorage;
  seed: number;
  system: AuditActor;
  /** Every past driving shift of the dispatch plan, in date order. */
  shifts: readonly AttendedShift[];
}

const at = (date: string, hour: number) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;

// ---- generated scans -------------------------------------------------------------------------------

/** A one-page PDF with a title, valid enough for any viewer (offsets in the xref are exact). */
function samplePdf(title: string): Buffer {
  const text = title.replace(/[()\\]/g, '');
  const content = `BT /F1 20 Tf 72 720 Td (${text}) Tj 0 -30 Td /F1 12 Tf (Sample scan - Stationhand demo) Tj ET`;
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>',
    `<</Length ${content.length}>>stream\n${content}\nendstream`,
    '<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A phone photo of a driver's license card, with the DA's name on it. */
const licensePhoto = (name: string, expiry: string) =>
  sharp(
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="640" height="404">
      <rect width="640" height="404" fill="#6b6f73"/>
      <rect x="30" y="30" width="580" height="344" rx="22" fill="#eef3f7"/>
      <rect x="30" y="30" width="580" height="60" rx="22" fill="#1f5f8b"/>
      <text x="60" y="72" font-family="sans-serif" font-size="30" fill="#fff">DRIVER LICENSE</text>
      <rect x="60" y="120" width="150" height="190" fill="#b8c4cc"/>
      <text x="240" y="160" font-family="sans-serif" font-size="26" fill="#222">${name}</text>
      <text x="240" y="210" font-family="sans-serif" font-size="20" fill="#444">EXP ${expiry}</text>
      <text x="240" y="250" font-family="sans-serif" font-size="20" fill="#444">CLASS C</text>
    </svg>`),
  )
    .jpeg({ quality: 72 })
    .toBuffer();

// ---- onboarding ------------------------------------------------------------------------------------

/** How far along each DA is: applicants have barely started, onboarding DAs are mid-way, actives are done. */
function stepStatuses(rand: () => number, d: Driver, count: number): OnboardingStatus[] {
  if (d.status === 'active' || d.status === 'inactive' || d.status === 'terminated') {
    return Array.from({ length: count }, () => 'done');
  }
  const reached = d.status === 'applicant' ? Math.floor(rand() * 3) : 3 + Math.floor(rand() * (count - 2));
  const statuses: OnboardingStatus[] = Array.from({ length: count }, (_, i) =>
    i < reached ? 'done' : 'todo',
  );
  // A few candidates fail the drug test or the background check.
  if (d.status === 'onboarding' && rand() < 0.08) statuses[Math.min(reached, 3)] = 'failed';
  return statuses;
}

const FAILED_NOTES = ['Result not acceptable under our policy.', 'Disqualifying result; candidate told.'];

// ---- attendance ------------------------------------------------------------------------------------

/**
 * Most DAs are reliable and a few are not: the mix that gives a 3–8% callout rate overall with a few
 * DAs over the flag threshold.
 */
const reliability = (rand: () => number) => {
  const r = rand();
  return r < 0.75 ? 0.6 : r < 0.95 ? 1.3 : 3;
};

/** Callouts cluster after the weekend and on Saturdays (issue 15). */
const CALLOUT_BY_WEEKDAY = [0.045, 0.08, 0.045, 0.04, 0.045, 0.05, 0.075];

const CALLOUT_REASONS = [
  'Sick',
  'Car trouble',
  'Childcare fell through',
  'Family emergency',
  'Doctor’s appointment',
  'No reason given',
];

/** The reasons as a Spanish-speaking DA gives them: the phone shows a DA their own words. */
const REASONS_ES: Record<string, string> = {
  Sick: 'Enfermo',
  'Car trouble': 'Problemas con el carro',
  'Childcare fell through': 'No tuve quién cuidara a los niños',
  'Family emergency': 'Emergencia familiar',
  'Doctor’s appointment': 'Cita con el médico',
  'No reason given': 'Sin motivo',
  Traffic: 'Tráfico',
  'Felt unwell': 'Me sentí mal',
  'Out of uniform': 'Sin uniforme',
};

interface DemoEvent {
  kind: AttendanceKind;
  noticeMinutes: number | null;
  lateMinutes: number | null;
  reason: string | null;
  excused: boolean;
}

/** What happened on one scheduled shift, if anything. */
function shiftEvent(rand: () => number, date: string, risk: number): DemoEvent | null {
  const r = rand();
  const calloutRate = (CALLOUT_BY_WEEKDAY[weekday(date)] ?? 0.05) * risk;
  const ncnsRate = 0.003 * risk;
  const lateRate = 0.03 * risk;
  const none = { noticeMinutes: null, lateMinutes: null, excused: false };
  if (r < calloutRate) {
    const shortNotice = rand() < 0.4;
    const reason = pick(rand, CALLOUT_REASONS);
    return {
      kind: 'callout',
      noticeMinutes: shortNotice ? Math.floor(rand() * 110) : 120 + Math.floor(rand() * 46) * 60,
      lateMinutes: null,
      reason,
      excused: reason === 'Family emergency' || (reason === 'Doctor’s appointment' && rand() < 0.7),
    };
  }
  if (r < calloutRate + ncnsRate) return { kind: 'ncns', reason: null, ...none };
  if (r < calloutRate + ncnsRate + lateRate) {
    const minutes = rand() < 0.25 ? 1 + Math.floor(rand() * 5) : 6 + Math.floor(rand() * 40);
    return { ...none, kind: 'late', lateMinutes: minutes, reason: rand() < 0.5 ? 'Traffic' : null };
  }
  if (r < calloutRate + ncnsRate + lateRate + 0.006 * risk) {
    return { kind: 'left_early', reason: 'Felt unwell', ...none };
  }
  if (r < calloutRate + ncnsRate + lateRate + 0.008 * risk) {
    return { kind: 'sent_home', reason: 'Out of uniform', ...none };
  }
  return null;
}

/** What happened on each of a DA's past shifts (the dispatch plan's), if anything. */
function attendanceOf(
  rand: () => number,
  orgId: string,
  d: Driver,
  shifts: readonly AttendedShift[],
): Map<AttendedShift, AttendanceEventsTable> {
  const risk = reliability(rand);
  const events = new Map<AttendedShift, AttendanceEventsTable>();
  for (const shift of shifts) {
    const date = shift.date;
    const e = shiftEvent(rand, date, risk);
    if (!e) continue;
    events.set(shift, {
      org_id: orgId,
      id: newId(),
      driver_id: d.id,
      business_date: date,
      kind: e.kind,
      notice_minutes: e.noticeMinutes,
      late_minutes: e.lateMinutes,
      reason: e.reason && d.language === 'es' ? (REASONS_ES[e.reason] ?? e.reason) : e.reason,
      excused: e.excused ? 1 : 0,
      excused_by: e.excused ? 'Demo generator' : null,
      excused_at: e.excused ? at(date, 20) : null,
      excuse_note: e.excused ? 'Note provided.' : null,
      points_tenths: attendancePoints(e, DEFAULT_POLICY),
      recorded_by: 'Demo generator',
      recorded_at: at(date, 14),
      deleted_at: null,
      deleted_by: null,
      delete_reason: null,
    });
  }
  return events;
}

// ---- ratings and notes -----------------------------------------------------------------------------

const RATING_COMMENTS: Record<number, string[]> = {
  5: ['Rescued two routes this week.', 'Customers mention them by name.', 'Zero DNRs for a month.'],
  4: ['Solid, consistent.', 'Good with new DAs on ride-alongs.', 'Fast on DVICs, never rushed.'],
  3: ['Fine on easy routes; slow on apartments.', 'Needs to follow the sequence.'],
  2: ['Too many callouts lately.', 'RTS high two weeks running.'],
  1: ['Attendance is a problem; final conversation held.'],
};

const NOTES = [
  'Asked to stay on EDVs: prefers the Rivian.',
  'Wants more Saturdays for the extra hours.',
  'Good candidate for trainer / ride-along lead.',
  'Talked about speeding event from Netradyne; understood.',
  'Moving across town next month: may ask to change station.',
  'Helped with a rescue on CX14 without being asked.',
];

export interface PeopleRecordsDemoSummary {
  steps: number;
  onboardingRecords: number;
  documents: number;
  attendanceEvents: number;
  scheduledShifts: number;
  /** The attendance event drawn on each shift that had one (callouts, no-shows, lates, …). */
  events: Map<AttendedShift, AttendanceEventsTable>;
}

/**
 * The people records of the demo DSP: onboarding progress for applicants and new hires, documents for
 * active DAs (some expiring within 7/14/30 days, a few expired, one waiting for review per station),
 * attendance drawn on the dispatch plan's past shifts (twelve weeks), ratings and notes. Deterministic
 * for a seed; bulk rows go in batches.
 * Seeded history is not written to the audit trail (nobody made those changes); the checklist is.
 */
export async function createPeopleRecordsDemo(
  trx: Db,
  ctx: PeopleRecordsDemoContext,
): Promise<PeopleRecordsDemoSummary> {
  const rand = seededRandom(ctx.seed * 7919 + 17);
  const todayAt = new Map(ctx.stations.map((s) => [s.id, localDate(s.time_zone)]));
  const todayOf = (d: Driver) => todayAt.get(d.homeStationId) ?? localDate('UTC');
  const drivers = await listDriversInStatuses(trx, { orgId: ctx.orgId, stationIds: null }, [
    'applicant',
    'onboarding',
    'active',
    'inactive',
    'terminated',
  ]);
  const manager = (
    await listMembers(trx, { orgId: ctx.orgId, stationIds: null }, { role: 'manager', limit: 1 })
  ).items[0];
  const managerLabel = manager ? `${manager.name} <${manager.email}>` : ctx.system.label;

  const stepRows = await insertSteps(
    trx,
    ctx.orgId,
    DEFAULT_ONBOARDING_STEPS.map((s, i) => ({ ...s, position: i + 1 })),
  );
  for (const row of stepRows) {
    await recordAudit(trx, ctx.system, {
      entity: 'onboarding_step',
      entityId: row.id,
      before: null,
      after: row,
    });
  }
  const steps = stepRows.map(toStep);

  const onboarding: OnboardingRecordsTable[] = [];
  for (const d of drivers) {
    const mine = steps.filter((s) => stepApplies(s, d.vanTypes));
    const statuses = stepStatuses(rand, d, mine.length);
    const started = d.hireDate ?? addDays(todayOf(d), -Math.floor(rand() * 10));
    mine.forEach((step, i) => {
      const status = statuses[i] ?? 'todo';
      if (status === 'todo') return;
      onboarding.push({
        org_id: ctx.orgId,
        id: newId(),
        driver_id: d.id,
        step_id: step.id,
        status,
        note: status === 'failed' ? pick(rand, FAILED_NOTES) : null,
        document_id: null,
        expiry: null,
        updated_by: managerLabel,
        updated_at: at(addDays(started, i), 16),
      });
    });
  }
  await insertRecords(trx, onboarding);

  const documents = await demoDocuments(trx, ctx, rand, drivers, todayOf, managerLabel);

  const shiftsOf = groupBy(ctx.shifts, (s) => s.driverId);
  const events = new Map<AttendedShift, AttendanceEventsTable>();
  for (const d of drivers) {
    if (d.status !== 'active') continue;
    for (const [shift, event] of attendanceOf(rand, ctx.orgId, d, shiftsOf.get(d.id) ?? [])) {
      events.set(shift, event);
    }
  }
  const attendance = [...events.values()];
  await insertEvents(trx, attendance);

  await demoRatingsAndNotes(trx, ctx, rand, drivers, attendance, managerLabel);
  return {
    steps: steps.length,
    onboardingRecords: onboarding.length,
    documents,
    attendanceEvents: attendance.length,
    scheduledShifts: ctx.shifts.length,
    events,
  };
}

/** Which documents each active DA has on file, with the expiry each carries (or none). */
function documentPlan(rand: () => number, d: Driver, today: string): [DocumentType, string | null][] {
  const plan: [DocumentType, string | null][] = [['drivers_license', d.licenseExpiry]];
  if (d.vanTypes.includes('step_van')) plan.push(['dot_medical_card', d.dotMedicalExpiry]);
  // Yearly checks: most current, some due within the month, a few lapsed.
  plan.push(['background_check', addDays(today, Math.floor(rand() * 400) - 25)]);
  plan.push(['mvr', addDays(today, Math.floor(rand() * 380) - 15)]);
  plan.push(['i9', null], ['w4', null]);
  return plan;
}

async function demoDocuments(
  trx: Db,
  ctx: PeopleRecordsDemoContext,
  rand: () => number,
  drivers: Driver[],
  todayOf: (d: Driver) => string,
  managerLabel: string,
): Promise<number> {
  // One sample scan per document type, shared by the DAs without a login (staff read any file).
  const samples = new Map<DocumentType, string>();
  const sampleOf = async (type: DocumentType) => {
    let id = samples.get(type);
    if (!id) {
      const file = await storeGeneratedFile(trx, ctx.storage, ctx.orgId, {
        bytes: samplePdf(DOCUMENT_LABELS[type]),
        fileName: `${type}-sample.pdf`,
        purpose: 'document',
      });
      id = file.id;
      samples.set(type, id);
    }
    return id;
  };
  const ownScan = async (d: Driver, type: DocumentType, expiry: string | null) =>
    (
      await storeGeneratedFile(trx, ctx.storage, ctx.orgId, {
        bytes:
          type === 'drivers_license'
            ? await licensePhoto(`${d.firstName} ${d.lastName}`, expiry ?? '')
            : samplePdf(`${DOCUMENT_LABELS[type]}: ${d.firstName} ${d.lastName}`),
        fileName: type === 'drivers_license' ? 'license.jpg' : `${type}.pdf`,
        purpose: 'document',
        driverId: d.id,
      })
    ).id;
  const rows: DriverDocumentsTable[] = [];
  const pendingAt = new Set<string>();
  for (const d of drivers) {
    if (d.status !== 'active') continue;
    const today = todayOf(d);
    const filed = at(d.hireDate ?? addDays(today, -60), 17);
    for (const [type, expiry] of documentPlan(rand, d, today)) {
      // A DA with a login opens their own scans on their phone (a photo of the license, PDFs of the rest);
      // the others share one sample scan per type, which staff can open.
      const fileId = d.userId ? await ownScan(d, type, expiry) : await sampleOf(type);
      rows.push({
        org_id: ctx.orgId,
        id: newId(),
        driver_id: d.id,
        type,
        file_id: fileId,
        expiry,
        note: null,
        status: 'approved',
        reviewed_by: managerLabel,
        reviewed_at: filed,
        review_note: null,
        uploaded_by: managerLabel,
        uploaded_by_user: null,
        created_at: filed,
      });
    }
    // One DA with a login per station has sent a renewed license that waits for review.
    if (d.userId && !pendingAt.has(d.homeStationId)) {
      pendingAt.add(d.homeStationId);
      const renewed = addDays(today, 1460);
      const file = await storeGeneratedFile(trx, ctx.storage, ctx.orgId, {
        bytes: await licensePhoto(`${d.firstName} ${d.lastName}`, renewed),
        fileName: 'renewed-license.jpg',
        purpose: 'document',
        driverId: d.id,
      });
      rows.push({
        org_id: ctx.orgId,
        id: newId(),
        driver_id: d.id,
        type: 'drivers_license',
        file_id: file.id,
        expiry: renewed,
        note: 'Renewed at the DMV yesterday.',
        status: 'pending_review',
        reviewed_by: null,
        reviewed_at: null,
        review_note: null,
        uploaded_by: `${d.firstName} ${d.lastName}`,
        uploaded_by_user: d.userId,
        created_at: at(addDays(today, -1), 18),
      });
    }
  }
  await insertDocuments(trx, rows);
  return rows.length;
}

async function demoRatingsAndNotes(
  trx: Db,
  ctx: PeopleRecordsDemoContext,
  rand: () => number,
  drivers: Driver[],
  attendance: AttendanceEventsTable[],
  managerLabel: string,
): Promise<void> {
  const points = new Map<string, number>();
  for (const e of attendance) points.set(e.driver_id, (points.get(e.driver_id) ?? 0) + e.points_tenths);
  const ratings: DriverRatingsTable[] = [];
  const notes: DriverNotesTable[] = [];
  for (const d of drivers) {
    if (d.status !== 'active') continue;
    const p = points.get(d.id) ?? 0;
    const base = p >= 60 ? 2 : p >= 30 ? 3 : 4;
    const count = rand() < 0.4 ? 0 : 1 + Math.floor(rand() * 3);
    for (let i = 0; i < count; i++) {
      const rating = Math.max(1, Math.min(5, base + (rand() < 0.3 ? 1 : 0) - (rand() < 0.15 ? 1 : 0)));
      ratings.push({
        org_id: ctx.orgId,
        id: newId(),
        driver_id: d.id,
        rating,
        comment: pick(rand, RATING_COMMENTS[rating] ?? ['']),
        rated_by: managerLabel,
        rated_by_user: null,
        created_at: at(addDays(localDate('UTC'), -30 * (count - i)), 21),
      });
    }
    const noteCount = p >= 60 ? 1 : rand() < 0.35 ? 1 + Math.floor(rand() * 2) : 0;
    for (let i = 0; i < noteCount; i++) {
      notes.push({
        org_id: ctx.orgId,
        id: newId(),
        driver_id: d.id,
        body:
          p >= 60 && i === 0
            ? `Attendance conversation: ${p / 10} points in the last 12 weeks. Next NCNS is a final warning.`
            : pick(rand, NOTES),
        author: managerLabel,
        author_user: null,
        created_at: at(addDays(localDate('UTC'), -Math.floor(rand() * 80) - 1), 22),
      });
    }
  }
  await insertRatings(trx, ratings);
  await insertNotes(trx, notes);
}
