import { type ChangeEvent, useEffect, useId, useState } from 'react';
import { getPhoto, savePhoto, uuid } from './offline-queue.js';

/**
 * Phone photos are often 5–12 MB; a 1600-pixel JPEG shows a dent just as well, fits the phone's storage
 * while offline and uploads on a weak signal. A picture the browser cannot decode (HEIC on some phones)
 * is kept as it is: the server takes it.
 */
async function shrink(file: File): Promise<Blob> {
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.size < 2_000_000) return file;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no blob'))), 'image/jpeg', 0.82),
    );
  } catch {
    return file;
  }
}

/** The stored photo under `photoKey`, as a URL the page can show (revoked when it changes). */
function usePreview(photoKey: string | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    let live = true;
    if (photoKey) {
      void getPhoto(photoKey).then((p) => {
        if (!live || !p?.blob.type.startsWith('image/')) return;
        made = URL.createObjectURL(p.blob);
        setUrl(made);
      });
    } else setUrl(null);
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [photoKey]);
  return url;
}

/**
 * One photo (or the optional video) taken with the phone's camera: kept on the phone at once, shown
 * small, retaken by choosing again. The label is the input's accessible name ("Front photo").
 */
export function PhotoInput({
  label,
  draftId,
  photoKey,
  onChange,
  video,
  retakeLabel,
}: {
  label: string;
  draftId: string;
  photoKey: string | null;
  onChange: (key: string | null) => void;
  video?: boolean;
  retakeLabel: string;
}) {
  const id = useId();
  const preview = usePreview(photoKey);
  const [busy, setBusy] = useState(false);
  async function take(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const key = uuid();
      const blob = video ? file : await shrink(file);
      const name = video ? file.name || 'video.mp4' : `${label.replace(/\W+/g, '-').toLowerCase()}.jpg`;
      await savePhoto({ key, draftId, blob, name, purpose: video ? 'video' : 'photo', fileId: null });
      onChange(key);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className={`photo-input${photoKey ? ' photo-input-done' : ''}`}>
      <input
        id={id}
        type="file"
        className="sr-only"
        accept={video ? 'video/*' : 'image/*'}
        capture="environment"
        onChange={(e) => void take(e)}
      />
      <label htmlFor={id} className="photo-input-button">
        {preview ? (
          <img src={preview} alt="" />
        ) : (
          <span className="photo-input-icon" aria-hidden="true">
            {video ? '🎥' : '📷'}
          </span>
        )}
        <span>
          {label}
          {photoKey ? (
            <span className="photo-input-state"> ✓ {busy ? '…' : retakeLabel}</span>
          ) : busy ? (
            ' …'
          ) : null}
        </span>
      </label>
    </div>
  );
}

/** Photos of one finding (a failed check, a damaged panel): as many as the DA wants. */
export function PhotoList({
  label,
  draftId,
  keys,
  onChange,
  addLabel,
  removeLabel,
}: {
  label: string;
  draftId: string;
  keys: string[];
  onChange: (keys: string[]) => void;
  addLabel: string;
  removeLabel: string;
}) {
  return (
    <div className="photo-list">
      {keys.map((k, i) => (
        <div key={k} className="photo-list-item">
          <PhotoInput
            label={`${label} ${i + 1}`}
            draftId={draftId}
            photoKey={k}
            onChange={(next) => onChange(keys.map((x) => (x === k ? (next ?? x) : x)))}
            retakeLabel=""
          />
          <button
            type="button"
            className="button-secondary"
            onClick={() => onChange(keys.filter((x) => x !== k))}
          >
            {removeLabel}
          </button>
        </div>
      ))}
      <PhotoInput
        label={`${addLabel}: ${label}`}
        draftId={draftId}
        photoKey={null}
        onChange={(k) => k && onChange([...keys, k])}
        retakeLabel=""
      />
    </div>
  );
}
