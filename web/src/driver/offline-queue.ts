import { ApiError, errorMessage } from '../app/api.js';
import { uploadFile } from '../files/api.js';
import {
  BODY_SIDES,
  type BodySide,
  type CheckResult,
  type InspectableVan,
  type Inspection,
  type InspectionInput,
  type InspectionKind,
  myInspectionsApi,
  type Panel,
  type TemplateItem,
} from '../inspections/api.js';

/**
 * The phone keeps every inspection it is working on in IndexedDB as the DA goes: answers after each tap,
 * photos as soon as they are taken. A reload or a dropped connection loses nothing. Submitting queues the
 * inspection; sending uploads each photo once (its file id is kept, so a retry never uploads it twice)
 * and then the inspection, whose id was made on the phone, so a resend is recognised by the server.
 * Sending is retried when the browser says it is back online and whenever a phone page loads.
 */

export interface DraftItem {
  result: CheckResult | null;
  note: string;
  photoKeys: string[];
}

export interface DraftMark {
  panel: Panel;
  note: string;
  photoKeys: string[];
  /** Marked on the van's last inspection and shown again, so only new damage needs marking. */
  known: boolean;
}

export type DraftStatus = 'editing' | 'queued' | 'rejected';

export interface Draft {
  id: string;
  /** The login and org it belongs to: a shared phone never sends one person's inspection as another. */
  userId: string;
  orgId: string;
  van: InspectableVan;
  kind: InspectionKind;
  template: TemplateItem[];
  rushedUnderSeconds: number;
  /** When the DA opened the checklist (the phone's clock): the timer Amazon's rushed rule reads. */
  startedAt: string;
  submittedAt: string | null;
  step: number;
  items: Record<string, DraftItem>;
  body: Partial<Record<BodySide, string>>;
  odometerPhoto: string | null;
  video: string | null;
  odometerMiles: string;
  fuelPercent: string;
  marks: DraftMark[];
  status: DraftStatus;
  /** Why the server refused it, for the DA to fix. */
  error: string | null;
  updatedAt: string;
}

export interface StoredPhoto {
  key: string;
  draftId: string;
  blob: Blob;
  name: string;
  purpose: 'photo' | 'video';
  /** Set once uploaded. */
  fileId: string | null;
}

const DB_NAME = 'stationhand-inspections';

/** The phone's stores: inspections being worked on with their photos (v1), time clock punches (v2). */
type StoreName = 'drafts' | 'photos' | 'punches';

let opening: Promise<IDBDatabase> | null = null;

function openDb(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 2);
    req.onupgradeneeded = (event) => {
      const db = req.result;
      if (event.oldVersion < 1) {
        db.createObjectStore('drafts', { keyPath: 'id' });
        db.createObjectStore('photos', { keyPath: 'key' }).createIndex('draftId', 'draftId');
      }
      if (event.oldVersion < 2) db.createObjectStore('punches', { keyPath: 'clientId' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => {
      opening = null;
      reject(req.error);
    };
  });
  return opening;
}

export const done = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

export async function store(name: StoreName, mode: IDBTransactionMode = 'readonly') {
  return (await openDb()).transaction(name, mode).objectStore(name);
}

// ---- drafts and photos ------------------------------------------------------------------------------

const listeners = new Set<() => void>();

/** Called whenever drafts change (saved, queued, sent), e.g. to refresh a pending count. */
export function onDraftsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const changed = () => {
  for (const l of listeners) l();
};

export async function saveDraft(draft: Draft): Promise<void> {
  await done((await store('drafts', 'readwrite')).put({ ...draft, updatedAt: new Date().toISOString() }));
  changed();
}

export async function listDrafts(userId: string, orgId: string): Promise<Draft[]> {
  const all = (await done((await store('drafts')).getAll())) as Draft[];
  return all
    .filter((d) => d.userId === userId && d.orgId === orgId)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

export async function deleteDraft(id: string): Promise<void> {
  const photos = await store('photos', 'readwrite');
  const keys = await done(photos.index('draftId').getAllKeys(id));
  for (const key of keys) photos.delete(key);
  await done((await store('drafts', 'readwrite')).delete(id));
  changed();
}

export async function savePhoto(photo: StoredPhoto): Promise<void> {
  await done((await store('photos', 'readwrite')).put(photo));
}

export async function getPhoto(key: string): Promise<StoredPhoto | undefined> {
  return (await done((await store('photos')).get(key))) as StoredPhoto | undefined;
}

// ---- sending ----------------------------------------------------------------------------------------

/** The server's body for a draft, each photo key replaced by the file id it was uploaded as. */
export function toInput(d: Draft, fileId: (key: string) => string): InspectionInput {
  const body = Object.fromEntries(BODY_SIDES.map((s) => [s, fileId(d.body[s] ?? '')])) as Record<
    BodySide,
    string
  >;
  return {
    id: d.id,
    vanId: d.van.id,
    kind: d.kind,
    startedAt: d.startedAt,
    submittedAt: d.submittedAt ?? new Date().toISOString(),
    odometerMiles: Number(d.odometerMiles),
    fuelPercent: Number(d.fuelPercent),
    items: d.template.map((t) => {
      const a = d.items[t.key];
      return {
        key: t.key,
        result: a?.result ?? 'na',
        note: a?.note.trim() || null,
        photoIds: (a?.photoKeys ?? []).map(fileId),
      };
    }),
    bodyPhotos: body,
    odometerPhotoId: fileId(d.odometerPhoto ?? ''),
    videoId: d.video ? fileId(d.video) : null,
    damageMarks: d.marks.map((m) => ({
      panel: m.panel,
      note: m.note.trim() || null,
      photoIds: m.photoKeys.map(fileId),
    })),
  };
}

const photoKeysOf = (d: Draft): string[] =>
  [
    ...BODY_SIDES.map((s) => d.body[s]),
    d.odometerPhoto,
    d.video,
    ...Object.values(d.items).flatMap((i) => (i.result === 'fail' ? i.photoKeys : [])),
    ...d.marks.flatMap((m) => m.photoKeys),
  ].filter((k): k is string => Boolean(k));

export type SendOutcome =
  | { kind: 'sent'; inspection: Inspection }
  | { kind: 'offline' }
  | { kind: 'rejected'; message: string };

/** Network trouble, the server being down or busy, or the session lapsing: keep it and try again later. */
export const retryLater = (e: unknown) =>
  !(e instanceof ApiError) || e.status === 0 || e.status >= 500 || [401, 403, 408, 429].includes(e.status);

export function refusal(e: unknown): string {
  const fields = e instanceof ApiError ? (e.problem.errors ?? []).map((x) => x.message) : [];
  return [errorMessage(e), ...fields].join(' ');
}

/** Uploads what is not uploaded yet, then sends the inspection. */
async function sendDraft(d: Draft): Promise<SendOutcome> {
  const ids = new Map<string, string>();
  try {
    for (const key of photoKeysOf(d)) {
      const photo = await getPhoto(key);
      if (!photo) throw new Error('A photo is missing on this phone; take it again.');
      if (!photo.fileId) {
        photo.fileId = (await uploadFile(photo.blob, photo.name, photo.purpose)).id;
        await savePhoto(photo);
      }
      ids.set(key, photo.fileId);
    }
    const inspection = await myInspectionsApi.submit(toInput(d, (k) => ids.get(k) ?? ''));
    await deleteDraft(d.id);
    return { kind: 'sent', inspection };
  } catch (e) {
    if (e instanceof ApiError && retryLater(e)) return { kind: 'offline' };
    if (!(e instanceof ApiError) && navigator.onLine === false) return { kind: 'offline' };
    const message = refusal(e);
    await saveDraft({ ...d, status: 'rejected', error: message });
    return { kind: 'rejected', message };
  }
}

let sending: Promise<Map<string, SendOutcome>> | null = null;

/** Sends every queued inspection of this login, one at a time; a second call waits for the first. */
export function sendQueued(userId: string, orgId: string): Promise<Map<string, SendOutcome>> {
  sending ??= (async () => {
    const outcomes = new Map<string, SendOutcome>();
    try {
      for (const d of await listDrafts(userId, orgId)) {
        if (d.status !== 'queued') continue;
        const outcome = await sendDraft(d);
        outcomes.set(d.id, outcome);
        if (outcome.kind === 'offline') break;
      }
    } finally {
      sending = null;
    }
    return outcomes;
  })();
  return sending;
}

/** Queues a finished inspection and tries to send it now. */
export async function submitDraft(d: Draft): Promise<SendOutcome> {
  const queued: Draft = {
    ...d,
    status: 'queued',
    error: null,
    submittedAt: d.submittedAt ?? new Date().toISOString(),
  };
  await saveDraft(queued);
  let outcomes = await sendQueued(d.userId, d.orgId);
  // A send already under way started before this one was queued: go again for it.
  if (!outcomes.has(d.id)) outcomes = await sendQueued(d.userId, d.orgId);
  return outcomes.get(d.id) ?? { kind: 'offline' };
}

/**
 * A random (v4) UUID for a new inspection or photo. `crypto.randomUUID` only exists on https pages;
 * a DSP serving Stationhand on its own network over plain http still gets one from getRandomValues.
 */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
