import type { FileRef } from './api.js';

const KIND_LABEL: Record<string, string> = {
  'application/pdf': 'PDF',
  'video/mp4': 'Video',
  'video/quicktime': 'Video',
  'video/webm': 'Video',
  'image/heic': 'Photo',
};

/** A file's thumbnail (or its kind and name) that opens the full-size file in a new tab. */
export function Thumb({ file, label }: { file: FileRef; label?: string }) {
  const name = label ?? file.fileName;
  return (
    <a className="thumb" href={file.url} target="_blank" rel="noopener" title={`Open ${name} full size`}>
      {file.thumbnailUrl ? (
        <img src={file.thumbnailUrl} alt={name} loading="lazy" />
      ) : (
        <span className="thumb-kind">{KIND_LABEL[file.contentType] ?? 'File'}</span>
      )}
      <span className="thumb-name">{name}</span>
    </a>
  );
}

export function FileList({ files, empty = 'No files.' }: { files: FileRef[]; empty?: string }) {
  if (files.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="thumb-list">
      {files.map((f) => (
        <li key={f.id}>
          <Thumb file={f} />
        </li>
      ))}
    </ul>
  );
}
